/** Every UI string, read through one helper so the dictionary is the only place to edit them. */
// With the import attribute, Node (tests, scripts) loads the dictionary as Vite does.
import vi from './vi.json' with { type: 'json' };

export type MessageKey = keyof typeof vi;

/** How src/lib, which never imports the dictionary (it runs without Vite), is handed t(). */
export type Translate = (key: MessageKey) => string;

export function t(key: MessageKey): string {
  return vi[key];
}
