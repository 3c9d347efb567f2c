// The browser's chart module registers chart.js parts one by one; a chart type without its
// controller, element or scale would fail only in a reader's browser, so check it here.
import { describe, expect, it } from 'vitest';
import { CHART_TYPES } from '../../../../src/schemas/chart.ts';
import { Chart } from '../../../../src/client/charts/parts.ts';

describe('chart.js parts', () => {
  it('registers a controller and the elements it draws with for every chart type', () => {
    for (const type of CHART_TYPES) {
      const controller = Chart.registry.getController(type) as unknown as {
        defaults: { datasetElementType?: string | false; dataElementType?: string | false };
      };
      for (const element of [controller.defaults.datasetElementType, controller.defaults.dataElementType]) {
        if (element) expect(() => Chart.registry.getElement(element), `${type} needs ${element}`).not.toThrow();
      }
    }
  });

  it('registers the scales the configurations rely on', () => {
    // Bars and lines use category and linear axes (chart.js's defaults for x and y), radars the radial one.
    for (const scale of ['category', 'linear', 'radialLinear'])
      expect(() => Chart.registry.getScale(scale)).not.toThrow();
  });

  it('leaves out what Assay does not draw', () => {
    for (const unused of ['pie', 'polarArea', 'bubble', 'scatter'])
      expect(() => Chart.registry.getController(unused)).toThrow();
    for (const plugin of ['tooltip', 'legend', 'title', 'filler'])
      expect(() => Chart.registry.getPlugin(plugin)).toThrow();
  });
});
