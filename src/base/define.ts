/**
 * Guarded registration. A page that loads the kit twice (two bundles, a
 * module and a `?v=2` copy of it…) must not throw "this name has already been
 * used": the first definition wins and later ones are ignored.
 */

/**
 * Class decorator: defines `tag` with the decorated class unless a custom
 * element of that name is already registered. Named `customElement` so the
 * custom-elements-manifest analyzer recognises the tag.
 */
export function customElement(tag: string) {
  return <C extends CustomElementConstructor>(cls: C): C => {
    defineOnce(tag, cls);
    return cls;
  };
}

/** Defines `tag` unless it is already defined; returns the class in use for it. */
export function defineOnce(tag: string, cls: CustomElementConstructor): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing) return existing;
  customElements.define(tag, cls);
  return cls;
}
