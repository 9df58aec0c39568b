package org.fcsim.flow;

/**
 * What happens to stock when units leave a pod: told by {@link Fulfilment}. Without an
 * inventory nothing is kept ({@link #ENDLESS}).
 */
public interface Stock {
  Stock ENDLESS = new Stock() {
    @Override
    public void taken(OrderLine line, int units) {}

    @Override
    public void lost(OrderLine line) {}
  };

  /** {@code units} of the line were picked from its pod. */
  void taken(OrderLine line, int units);

  /** The line's units were not where the record said (sourced elsewhere by a person): written off its pod. */
  void lost(OrderLine line);
}
