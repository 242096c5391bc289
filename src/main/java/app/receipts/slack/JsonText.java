package app.receipts.slack;

/**
 * A small JSON writer for {@link EphemeralAck}: objects, arrays, strings and booleans, with the
 * commas placed for you. Strings are escaped as RFC 8259 requires (quote, backslash, control
 * characters); everything else is written as it is.
 */
final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final StringBuilder out = new StringBuilder(1024);

  /** True until the current object or array (or the value after a name) has its first item. */
  private boolean first = true;

  JsonText open() {
    separate();
    out.append('{');
    first = true;
    return this;
  }

  JsonText close() {
    out.append('}');
    first = false;
    return this;
  }

  JsonText openArray() {
    separate();
    out.append('[');
    first = true;
    return this;
  }

  JsonText closeArray() {
    out.append(']');
    first = false;
    return this;
  }

  JsonText name(String name) {
    separate();
    string(name);
    out.append(':');
    first = true;
    return this;
  }

  /** {@code "name": value}, left out when the value is null. */
  JsonText field(String name, String value) {
    if (value != null) {
      name(name);
      separate();
      string(value);
    }
    return this;
  }

  /** {@code "name": true|false}, left out when the value is null. */
  JsonText field(String name, Boolean value) {
    if (value != null) {
      name(name);
      separate();
      out.append(value.booleanValue());
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void separate() {
    if (!first) {
      out.append(',');
    }
    first = false;
  }

  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
