package org.fcsim.model;

import java.util.function.Consumer;
import org.fcsim.flow.OrderLine;
import org.fcsim.flow.OrderSource;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Variates;

/** Orders arriving (a Poisson profile or a backlog), each line handed to picking ({@link OrderSource}). */
final class Demand implements Part {
  private final OrderSource source;

  Demand(Site site, Storage storage, Consumer<OrderLine> onLine) {
    Scenario.Demand d = site.scenario().demand();
    source = new OrderSource(site.simulator(), d, storage.catalog(), storage.pods(), site.streams().stream("orderArrivals"),
        Variates.of(d.linesPerOrder(), site.streams().stream("linesPerOrder")),
        Variates.of(d.unitsPerLine(), site.streams().stream("unitsPerLine")), site.streams().stream("skuChoice"), onLine);
  }

  @Override
  public void start() {
    source.start();
  }
}
