/** The two languages every message, label and value word exists in: Chinese (`zh`) and English (`en`). */
export type Language = 'zh' | 'en';
