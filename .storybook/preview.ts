import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Controls, argTypes and the docs pages' API tables are read from the analyzer's
// manifest, which is generated from the elements' JSDoc: one source, no copies.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'Elements'] } },
  },
};

export default preview;
