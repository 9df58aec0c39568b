package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workforce transition against the first level: exact changes and the status of each role. */
class TransitionCsvTest {
  @Test
  void rolesThatAppearVanishGrowAndShrinkAgainstTheFirstLevel() throws Exception {
    Map<String, Map<String, Double>> crews = new LinkedHashMap<>();
    crews.put("manual", new LinkedHashMap<>(Map.of("picker", 40.0)));
    crews.get("manual").put("packer", 20.0);
    crews.put("robots", new LinkedHashMap<>(Map.of("picker", 4.0)));
    crews.get("robots").put("packer", 20.0);
    crews.get("robots").put("roboticsTech", 5.0);
    List<String> lines = TransitionCsv.text(crews, Map.of()).lines().toList();
    assertEquals("level,what,name,value,baseline,change,status", lines.get(0));
    assertEquals(List.of(
        "manual,people per shift,picker,40,40,0,same",
        "manual,people per shift,packer,20,20,0,same",
        "manual,people per shift,roboticsTech,0,0,0,same",
        "robots,people per shift,picker,4,40,-36,shrinks",
        "robots,people per shift,packer,20,20,0,same",
        "robots,people per shift,roboticsTech,5,0,5,appears"), lines.subList(1, lines.size()));
    assertEquals("vanishes", TransitionCsv.status(3, 0));
    assertEquals("grows", TransitionCsv.status(3, 4));
  }
}
