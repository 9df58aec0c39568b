package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCsvTest {
  @TempDir Path dir;

  static List<MetricSummary> parse(Path csv) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).build();
    List<MetricSummary> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      assertEquals(List.of(SummaryCsv.HEADER), parser.getHeaderNames());
      for (CSVRecord r : parser) {
        rows.add(new MetricSummary(r.get("level"), new Metric(r.get("metric"), r.get("unit")),
            number(r.get("mean")), number(r.get("ci95_low")), number(r.get("ci95_high")),
            Integer.parseInt(r.get("replications"))));
      }
    }
    return rows;
  }

  private static double number(String field) {
    return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
  }

  private List<String> write(List<MetricSummary> summary) throws IOException {
    return new SummaryCsv().writeInto(dir, Runs.run("demo", summary));
  }

  @Test
  void headerIsExact() throws IOException {
    write(Runs.summary());
    String first = Files.readAllLines(dir.resolve("summary.csv")).get(0);
    assertEquals("level,metric,unit,mean,ci95_low,ci95_high,replications", first);
  }

  @Test
  void rowsParseBackToTheSameNumbersInOrder() throws IOException {
    assertEquals(List.of("summary.csv"), write(Runs.summary()));
    // MetricSummary is a record: equals compares doubles bit for bit (NaN equals NaN)
    assertEquals(Runs.summary(), parse(dir.resolve("summary.csv")));
  }

  @Test
  void nanIsAnEmptyFieldAndNumbersIgnoreTheDefaultLocale() throws IOException {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      write(List.of(new MetricSummary("arms", Runs.UPH, 1700.5, Double.NaN, Double.NaN, 1)));
    } finally {
      Locale.setDefault(saved);
    }
    assertEquals("arms,unitsPerHour,units/h,1700.5,,,1",
        Files.readAllLines(dir.resolve("summary.csv")).get(1));
  }

  @Test
  void awkwardNamesRoundTrip() throws IOException {
    List<MetricSummary> rows = List.of(
        new MetricSummary("level \"A\", with arms",
            new Metric("queue,\"length\"\nat pack", "items, \"each\""), 1.5, 1.0, 2.0, 3),
        new MetricSummary("niveau ü", new Metric(" padded ", ""), -0.0, -1e300, 4.9e-324, 2));
    write(rows);
    assertEquals(rows, parse(dir.resolve("summary.csv")));
  }
}
