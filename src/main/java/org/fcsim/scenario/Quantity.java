package org.fcsim.scenario;

/** The kinds of value a scenario key can hold, with how each is read and written back. */
enum Quantity {
  DURATION(Quantities.DURATION_FORM) {
    Double parse(YamlNode.Scalar s) {
      return s.kind() == YamlNode.Scalar.Kind.STRING ? Quantities.parseDurationSec(s.text()) : null;
    }
    Object format(double value) {
      return Quantities.formatDuration(value);
    }
  },
  RATE(Quantities.RATE_FORM) {
    Double parse(YamlNode.Scalar s) {
      return s.kind() == YamlNode.Scalar.Kind.STRING ? Quantities.parseRatePerSec(s.text()) : null;
    }
    Object format(double value) {
      return Quantities.formatRate(value);
    }
  },
  SPEED(Quantities.SPEED_FORM) {
    Double parse(YamlNode.Scalar s) {
      return s.kind() == YamlNode.Scalar.Kind.STRING ? Quantities.parseSpeed(s.text()) : null;
    }
    Object format(double value) {
      return Quantities.plain(value) + "m/s";
    }
  },
  ACCELERATION(Quantities.ACCELERATION_FORM) {
    Double parse(YamlNode.Scalar s) {
      return s.kind() == YamlNode.Scalar.Kind.STRING ? Quantities.parseAcceleration(s.text()) : null;
    }
    Object format(double value) {
      return Quantities.plain(value) + "m/s2";
    }
  },
  LENGTH(Quantities.LENGTH_FORM) {
    Double parse(YamlNode.Scalar s) {
      return s.kind() == YamlNode.Scalar.Kind.STRING ? Quantities.parseLength(s.text()) : null;
    }
    Object format(double value) {
      return Quantities.plain(value) + "m";
    }
  },
  NUMBER("a number") {
    Double parse(YamlNode.Scalar s) {
      boolean numeric = s.kind() == YamlNode.Scalar.Kind.INTEGER || s.kind() == YamlNode.Scalar.Kind.DECIMAL;
      if (!numeric) {
        return null;
      }
      try {
        double value = Double.parseDouble(s.text().replace("_", ""));
        return Double.isFinite(value) ? value : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    Object format(double value) {
      return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }
  };

  private final String form;

  Quantity(String form) {
    this.form = form;
  }

  /** The value in internal units, or {@code null} if the scalar is not of this kind. */
  abstract Double parse(YamlNode.Scalar s);

  /** The value as a resolved scenario writes it. */
  abstract Object format(double value);

  String form() {
    return form;
  }
}
