import { unsupported } from './unsupported.ts';

// Stands in for node-html-better-parser, which pdf-lib uses to read SVG and XFA forms.
export enum NodeType {
  ELEMENT_NODE = 1,
  TEXT_NODE = 3,
  COMMENT_NODE = 8,
}

export function parse(): never {
  return unsupported('Parsing SVG or XFA markup');
}
