export { translit } from './translit.ts';
export { translitKeystroke, type KeyEdit } from './keystroke.ts';
