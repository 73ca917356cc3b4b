import { detectContainer } from '../../src/specs/image-container.js';
import { defaultImageName } from '../../src/images/image-name.js';

test.each([
  [[0x1f, 0x8b, 0x08, 0x00], 'gzip'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz'],
  [[0x51, 0x46, 0x49, 0xfb, 0x00, 0x00, 0x00, 0x03], 'qcow2'],
  [[0xeb, 0x63, 0x90], 'raw'], // an MBR boot sector
  [[], 'raw'],
])('%j → %s (by content, not by name)', (bytes, container) => {
  expect(detectContainer(Uint8Array.from(bytes))).toBe(container);
});

test.each([
  ['sonic-vs.img.gz', 'sonic-vs'],
  ['/images/sonic-vpp.qcow2', 'sonic-vpp'],
  ['disk.raw.xz', 'disk'],
  ['router', 'router'],
])('%s is stored as "%s" unless --name says otherwise', (file, name) => {
  expect(defaultImageName(file)).toBe(name);
});
