package org.fcsim.scenario;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An item master: one row per SKU, with the columns {@code sku}, {@code itemClass} (one of
 * {@code demand.itemClasses}) and, optionally, {@code cube} (litres of one unit, above 0; an
 * empty field means unknown). See {@link CsvTable} for the file's form. Every row is checked;
 * rows of SKUs the order history never names are then ignored, and a SKU the history names
 * may be listed only once. A history SKU the master does not list keeps no class (the catalog
 * draws one by share) and no cube.
 */
final class ItemMasterCsv {
  static final List<String> COLUMNS = List.of("sku", "itemClass");
  static final String CUBE = "cube";
  private static final Pattern DECIMAL = Pattern.compile("[0-9.eE+-]+");

  private ItemMasterCsv() {}

  /** {@code history} with the class and cube of each SKU the item master lists. */
  static Trace apply(String file, byte[] bytes, Trace history, List<Scenario.ItemClass> classes) {
    CsvTable table = new CsvTable(file, bytes, COLUMNS, List.of(CUBE));
    Map<String, Integer> skuIndex = new HashMap<>();
    for (int k = 0; k < history.skus(); k++) {
      skuIndex.put(history.skuId(k), k);
    }
    Map<String, Integer> classIndex = new LinkedHashMap<>();
    for (int c = 0; c < classes.size(); c++) {
      classIndex.put(classes.get(c).name(), c);
    }
    int[] classOf = new int[history.skus()];
    Arrays.fill(classOf, -1);
    double[] cube = new double[history.skus()];
    Arrays.fill(cube, Double.NaN);
    int[] listedOn = new int[history.skus()];
    while (table.next()) {
      String sku = table.text("sku");
      if (sku.isEmpty()) {
        throw table.error("sku", "empty; every row needs a SKU id");
      }
      String name = table.text("itemClass");
      Integer itemClass = classIndex.get(name);
      if (itemClass == null) {
        throw table.error("itemClass", "unknown item class \"" + Excerpt.of(name) + "\""
            + Section.suggestion(name, classIndex.keySet()) + "; known (demand.itemClasses): " + String.join(", ", classIndex.keySet()));
      }
      double litres = table.has(CUBE) ? litres(table) : Double.NaN;
      Integer k = skuIndex.get(sku);
      if (k == null) {
        continue;
      }
      if (listedOn[k] != 0) {
        throw table.error("sku", "\"" + Excerpt.of(sku) + "\" is listed twice (first on line " + listedOn[k] + ")");
      }
      listedOn[k] = table.line();
      classOf[k] = itemClass;
      cube[k] = litres;
    }
    return history.withItems(classOf, cube);
  }

  private static double litres(CsvTable table) {
    String text = table.text(CUBE);
    if (text.isEmpty()) {
      return Double.NaN;
    }
    double litres;
    try {
      litres = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
    } catch (NumberFormatException e) {
      litres = Double.NaN;
    }
    if (!(litres > 0 && litres < Double.POSITIVE_INFINITY)) {
      throw table.error(CUBE, "must be litres above 0 (or empty: unknown), got \"" + Excerpt.of(text) + "\"");
    }
    return litres;
  }
}
