declare namespace App {
  interface Locals {
    /** The charts of the brief being rendered, for <Chart id> inside MDX. */
    briefCharts?: import('./lib/charts.ts').ResolvedChart[];
  }
}
