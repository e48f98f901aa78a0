package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.WorkBuilder;
import dev.claimcheck.text.CalendarDates;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a URL of an entry goes: an archive copy's, a Wayback URL's original, or the work's own. */
final class Urls {
  private static final Pattern ARCHIVE_HOST = Pattern.compile(
      "^https?://(?:web\\.archive\\.org|archive\\.(?:org|today|is|ph|li|md|vn|fo)|webcitation\\.org|"
          + "(?:www\\.)?webcitation\\.org|arquivo\\.pt|webarchive\\.(?:org\\.uk|nla\\.gov\\.au)|"
          + "ghostarchive\\.org|wayback\\.archive-it\\.org)/", Pattern.CASE_INSENSITIVE);
  private static final Pattern WAYBACK = Pattern.compile(
      "^https?://web\\.archive\\.org/web/(\\d{8})\\d*[a-z_]*/(https?://.+)$");

  private Urls() {}

  /** Takes a URL: an archive copy's, a Wayback URL's original, or the work's own. */
  static void take(WorkBuilder b, String u, int entryLength) {
    if (ARCHIVE_HOST.matcher(u).find()) {
      if (b.archiveUrl() == null) {
        b.archiveUrl(u);
        Matcher w = WAYBACK.matcher(u);
        if (w.matches()) {
          String ts = w.group(1);
          if (b.archiveDate() == null) {
            b.archiveDate(CalendarDates.day(Integer.parseInt(ts.substring(0, 4)),
                Integer.parseInt(ts.substring(4, 6)), Integer.parseInt(ts.substring(6, 8))).orElse(null));
          }
          if (b.url() == null && entryLength <= u.length() + 2) {
            b.url(w.group(2));
          }
        }
      }
    } else if (b.url() == null) {
      b.url(u);
    }
  }
}
