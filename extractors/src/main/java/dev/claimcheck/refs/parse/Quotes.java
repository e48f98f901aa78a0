package dev.claimcheck.refs.parse;

/** Where a quoted title starts and ends, with straight, curly, guillemet or low-nine quotes. */
final class Quotes {
  private Quotes() {}

  static int firstQuote(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '“' || c == '«' || c == '„') {
        return i;
      }
      if ((c == '‘' || c == '\'') && (i == 0 || s.charAt(i - 1) == ' ') && closing(s, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the quote closing the one at {@code open}, or -1. */
  static int closing(String s, int open) {
    char c = s.charAt(open);
    if (c == '\'' || c == '‘') {
      for (int i = open + 1; i < s.length(); i++) {
        char d = s.charAt(i);
        if ((d == '\'' || d == '’') && (i + 1 == s.length() || " ,.:;".indexOf(s.charAt(i + 1)) >= 0)
            && i > open + 1 && s.charAt(i - 1) != 's') {
          return i;
        }
        if ((d == '\'' || d == '’') && i + 1 < s.length() && ",.".indexOf(s.charAt(i + 1)) >= 0) {
          return i;
        }
      }
      return -1;
    }
    char close = switch (c) {
      case '“' -> '”';
      case '«' -> '»';
      case '„' -> '“';
      default -> '"';
    };
    int at = s.indexOf(close, open + 1);
    if (at < 0 && c == '“') {
      at = s.indexOf('"', open + 1);
    }
    return at;
  }
}
