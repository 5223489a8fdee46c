export { translit } from './translit.ts';
export { translitKeystroke, type KeyEdit } from './keystroke.ts';
export { cyrillicNames, cyrillicWord } from './names.ts';
