package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;

/**
 * Station time and pod dwell apart (RAWSim-O: a pick blocks the station 10 s an item, the pod 3 s):
 * one-unit lines at 4 stations, 10 s a unit for the picker. With a 3 s dwell the picker works as
 * much as before (the same units), while each pod is held at its station far less, so the
 * drive units are less busy.
 */
class PodDwellTest {
  private static final String FLOOR = """
      horizon: 6h
      warmup: 1h
      replications: 2
      demand: { mode: poisson, ordersPerHour: 720/h, linesPerOrder: 1, unitsPerLine: 1, skus: 2000 }
      floor: { pods: 800, widthCells: 40, lengthCells: 20 }
      driveUnits: { count: 30, travel: grid }
      associates: { picker: { count: 4 }, packer: { count: 12 }, sorter: { count: 4 } }
      """;

  private static double mean(String yaml, String metric) {
    Scenario s = ScenarioLoader.parse("dwell.yaml", yaml.getBytes(StandardCharsets.UTF_8)).scenario();
    List<ReplicationResult> reps = Experiment.run(List.of(s), 2, ProgressListener.NONE).get(0);
    return reps.stream().mapToDouble(r -> r.get(metric)).average().orElseThrow();
  }

  @Test
  void thePodLeavesAfterItsDwellWhileThePickerFinishes() {
    String stations = "pickStations: { count: 4, pickTime: { dist: constant, value: 10s }%s }\n";
    String same = FLOOR + String.format(stations, "");
    String dwell = FLOOR + String.format(stations, ", podDwell: { dist: constant, value: 3s }");
    // 720 units/h over 4 stations at 10 s each: pickers half busy, with or without the dwell
    assertEquals(0.5, mean(same, "utilization.picker"), 0.03);
    assertEquals(mean(same, "utilization.picker"), mean(dwell, "utilization.picker"), 0.02);
    assertEquals(mean(same, "unitsPerHour"), mean(dwell, "unitsPerHour"), 15);
    // a pod holds its place 10 s a unit (plus any wait for the picker) without the dwell, 3 s with it
    double held = mean(same, "utilizationOfAvailable.pickStations");
    double dwelt = mean(dwell, "utilizationOfAvailable.pickStations");
    assertTrue(dwelt < 0.6 * held, "station place held " + dwelt + " with the dwell vs " + held);
    assertTrue(mean(dwell, "utilization.driveUnits") < mean(same, "utilization.driveUnits"), "drive units freed sooner");
  }
}
