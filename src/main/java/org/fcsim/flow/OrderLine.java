package org.fcsim.flow;

import org.fcsim.floor.Pod;
import org.fcsim.scenario.Scenario;

/** One line of an order: {@code units} units of one SKU, stored on {@code pod}. */
public record OrderLine(Order order, int sku, Scenario.ItemClass itemClass, int units, Pod pod, double createdAt) {}
