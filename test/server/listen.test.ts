import { portFromEnv } from '../../src/server/listen';

describe('portFromEnv', () => {
  const cases: [string | undefined, number][] = [
    [undefined, 4000],
    ['', 4000],
    ['8080', 8080],
    [' 5000 ', 5000],
    ['0', 0],
  ];
  it.each(cases)('reads PORT=%p as %p', (raw, port) => {
    expect(portFromEnv(raw === undefined ? {} : { PORT: raw })).toBe(port);
  });

  it.each(['http', '-1', '70000', '80.5'])('rejects PORT=%p with a message naming the value', (raw) => {
    expect(() => portFromEnv({ PORT: raw })).toThrow(`PORT must be a port number (0-65535), got "${raw}"`);
  });
});
