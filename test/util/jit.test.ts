import { describe, expect, it } from 'vitest';
import { patientTiering } from '../../src/util/jit.js';

describe('patientTiering', () => {
  it('leaves a V8 whose default budget it does not know alone', () => {
    expect(patientTiering('12.4.254.21-node.33')).toBe(false);
    expect(patientTiering('10.2.154.26-node.36')).toBe(false);
  });

  it('raises the budget on V8 11.3 (Node 20) once, and says so on later calls', () => {
    expect(patientTiering('11.3.244.8-node.38')).toBe(true);
    expect(patientTiering('11.3.244.8-node.38')).toBe(true);
  });
});
