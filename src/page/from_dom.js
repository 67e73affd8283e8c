// The JavaScript half of Lede's snapshot of the live DOM; the Rust half, which turns
// what this returns into a `Page`, is src/page/from_dom.rs. build.sh appends this file
// to the wasm-bindgen glue (lede.js) of every build, where the core's
// `ledeSnapshotWalk` import finds it.
//
// A call from wasm into the DOM costs more than reading the node it asks for, so the
// whole walk happens here, in one call: depth-first in document order with
// firstChild/nextSibling/parentNode (iterative, so deep pages cannot overflow the
// stack), elements and text only (comments left out; a <template>'s content is not
// among its children; the text of styles and of scripts other than JSON-LD, which the
// core drops, left out too), Lede's own sidebar host skipped. It returns three things:
//   ops       a Uint32Array: `1 nameLength attrCount (attrNameLength valueLength)*`
//             opens an element, `2 length` adds a run of text, `0` closes the
//             innermost open element;
//   text      the tag names, kept attributes' names and values, and text runs, in that
//             order, as one string (lengths count UTF-16 code units, as JavaScript
//             does);
//   elements  the opened elements in order, so that the core can hide the live ones.
// Only the attributes named in `keptNames` (space-separated) are read. Nodes are read
// through the prototypes' getters and methods, not their properties: on a <form>, a
// control named like a property ("getAttribute", "firstChild") shadows that property.
// eslint-disable-next-line no-unused-vars
function ledeSnapshotWalk(root, hostId, keptNames) {
  const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const nodeTypeOf = getter(Node.prototype, 'nodeType');
  const firstChildOf = getter(Node.prototype, 'firstChild');
  const nextSiblingOf = getter(Node.prototype, 'nextSibling');
  const parentNodeOf = getter(Node.prototype, 'parentNode');
  const localNameOf = getter(Element.prototype, 'localName');
  const attributeNamesOf = Element.prototype.getAttributeNames;
  const attributeOf = Element.prototype.getAttribute;
  const kept = new Set(keptNames.split(' '));
  const ops = [];
  const parts = [];
  const elements = [];
  // Above 0 inside a <style> or a <script> other than JSON-LD, whose text the core
  // drops (Builder::open in src/page/mod.rs): counted per element as the core counts,
  // so that their text (often the largest strings of a page) never crosses into wasm.
  let dropDepth = 0;
  const close = () => {
    ops.push(0);
    if (dropDepth > 0) dropDepth--;
  };

  const enter = (node) => {
    const type = nodeTypeOf.call(node);
    if (type === 3 || type === 4) {
      if (dropDepth > 0) return false;
      const text = node.data;
      if (text.length > 0) {
        ops.push(2, text.length);
        parts.push(text);
      }
      return false;
    }
    if (type !== 1) return false;
    const name = localNameOf.call(node);
    const opStart = ops.length;
    const partStart = parts.length;
    ops.push(1, name.length, 0);
    parts.push(name);
    // By name, not through `attributes`: that makes an Attr object per attribute.
    const names = attributeNamesOf.call(node);
    let count = 0;
    let typeValue = '';
    for (let i = 0; i < names.length; i++) {
      const attrName = names[i];
      if (!kept.has(attrName)) continue;
      const value = attributeOf.call(node, attrName);
      // Lede's own host, by its id attribute (not `node.id`: on a <form> holding a
      // control named "id", that property is the control).
      if (attrName === 'id' && value === hostId) {
        ops.length = opStart;
        parts.length = partStart;
        return false;
      }
      ops.push(attrName.length, value.length);
      parts.push(attrName, value);
      count++;
      if (attrName === 'type') typeValue = value;
    }
    ops[opStart + 2] = count;
    if (dropDepth > 0) {
      dropDepth++;
    } else {
      const lower = name.toLowerCase();
      if (lower === 'style' || (lower === 'script' && typeValue.toLowerCase() !== 'application/ld+json')) dropDepth = 1;
    }
    elements.push(node);
    return true;
  };

  let node = root;
  // Elements entered above `node`: when it is back to 0, the root is done.
  let depth = 0;
  let descend = enter(node);
  for (;;) {
    if (descend) {
      const child = firstChildOf.call(node);
      if (child !== null) {
        node = child;
        depth++;
        descend = enter(node);
        continue;
      }
      close();
    }
    for (;;) {
      if (depth === 0) return [new Uint32Array(ops), parts.join(''), elements];
      const sibling = nextSiblingOf.call(node);
      if (sibling !== null) {
        node = sibling;
        descend = enter(node);
        break;
      }
      node = parentNodeOf.call(node);
      depth--;
      close();
    }
  }
}
