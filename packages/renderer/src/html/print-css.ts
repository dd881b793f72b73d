/**
 * The standalone page's stylesheet: A4 with the margins of GB/T 9704 (党政机关公文格式), the fonts Chinese
 * government documents name (仿宋_GB2312 body, 黑体 headings, 宋体 tables; not embedded, so common substitutes
 * follow), table heads repeated on every printed page, and the diagnostic marks.
 */
export const htmlStylesheet = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
:root { color: #000; background: #fff; }
body { margin: 0 auto; max-width: 156mm; padding: 12mm 0; font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 16pt; line-height: 1.75; }
@media print { body { max-width: none; padding: 0; } }
.dx-title { font-family: "方正小标宋简体", "宋体", "SimSun", "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 1em; }
.dx-report h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 0.5em 0 0; }
.dx-report p { margin: 0; text-indent: 2em; text-align: justify; }
.dx-report .dx-signature { text-align: right; text-indent: 0; }
.dx-signature:first-of-type { margin-top: 2em; }
table.dx-table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0.5em 0 1em; font-family: "宋体", "SimSun", "Noto Serif CJK SC", serif; font-size: 10.5pt; line-height: 1.4; }
.dx-table th, .dx-table td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; overflow-wrap: anywhere; }
.dx-table th { font-weight: normal; text-align: center; }
.dx-table th.dx-label { text-align: left; }
.dx-table th.dx-group { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; }
.dx-table td { text-align: center; font-variant-numeric: tabular-nums; }
.dx-table thead { display: table-header-group; }
.dx-table tr { break-inside: avoid; page-break-inside: avoid; }
.dx-table td.dx-error { background: #fde2e1; outline: 2px solid #c00; outline-offset: -2px; }
.dx-table td.dx-warning { background: #fff4cc; outline: 2px solid #d89b00; outline-offset: -2px; }
.dx-table td.dx-info { background: #e6f0ff; }
@media print { .dx-table td.dx-error, .dx-table td.dx-warning, .dx-table td.dx-info { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`.trim();
