/** What every block layout needs: the house style, the metrics, and the body area's measure. */
import type { Metrics } from "../types";
import type { HouseStyle } from "./style";

export interface LayoutContext {
  style: HouseStyle;
  metrics: Metrics;
  /** Left edge of the body, pt. */
  left: number;
  /** Width of the body (版心), pt. */
  measure: number;
  /** Height of the body area of a page, pt. */
  bodyHeight: number;
}
