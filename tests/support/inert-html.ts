import { DomUtils, parseDocument } from "htmlparser2";

// Proof that rendered HTML carries hostile text as text: parse it as a browser's tokenizer
// would and list every element and attribute, so a test can assert that no input added one.

export interface HtmlShape {
  /** Tag names in document order. */
  tags: string[];
  /** Every attribute name seen, as "tag@attribute". */
  attributes: string[];
  /** The decoded text of the elements named `tag`, in order. */
  textOf(tag: string): string[];
}

export function htmlShape(html: string): HtmlShape {
  const document = parseDocument(html, { decodeEntities: true });
  const elements = DomUtils.findAll(() => true, document.children);
  return {
    tags: elements.map((element) => element.name),
    attributes: elements.flatMap((element) => Object.keys(element.attribs).map((name) => `${element.name}@${name}`)),
    textOf: (tag) => elements.filter((element) => element.name === tag).map((element) => DomUtils.textContent(element)),
  };
}

/** Attributes that run script or fetch something: none may come from supporters' text. */
export function dangerousAttributes(shape: HtmlShape): string[] {
  return shape.attributes.filter((attribute) => /@(on|src$|srcset$|style$|formaction$|autofocus$)/i.test(attribute));
}
