import { ConfigError } from '@tuoyu/config';
import { parseProvincialPlatforms } from './provincial-platforms';

const SECRET = `whsec_${Buffer.from('a-provincial-secret-of-32-bytes!').toString('base64')}`;

describe('parseProvincialPlatforms', () => {
  it('reads platforms by province code', () => {
    const platforms = parseProvincialPlatforms({ '41': { url: 'https://gxpt.ha.gov.cn/tuoyu', secret: SECRET } }, 'f');
    expect(platforms.get('41')).toEqual({ url: 'https://gxpt.ha.gov.cn/tuoyu', secret: SECRET });
    expect(platforms.has('51')).toBe(false);
  });

  it.each([
    [[], 'must be a JSON object'],
    [{ '4101': { url: 'https://x', secret: SECRET } }, 'the key must be a 2-digit province code'],
    [{ '41': { url: 'ftp://x', secret: SECRET } }, 'url must be an http(s) URL'],
    [{ '41': { url: 'https://x', secret: 'plain-text-secret' } }, 'secret must be whsec_'],
    [{ '41': null }, 'url must be an http(s) URL'],
  ])('refuses %j naming the problem', (raw, problem) => {
    expect(() => parseProvincialPlatforms(raw, 'PROVINCIAL_PLATFORMS_FILE f')).toThrow(ConfigError);
    expect(() => parseProvincialPlatforms(raw, 'PROVINCIAL_PLATFORMS_FILE f')).toThrow(problem);
  });
});
