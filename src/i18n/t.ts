/** Every UI string, read through one helper so the dictionary is the only place to edit them. */
import vi from './vi.json';

export type MessageKey = keyof typeof vi;

export function t(key: MessageKey): string {
  return vi[key];
}
