package dev.claimcheck.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * A copy of a cited page held by a web archive.
 *
 * @param archive the archive's configured name ({@code wayback}, a Memento archive's name,
 *     {@code warc}, or {@code cited} for the copy the reference itself names)
 * @param url where the copy can be read (a WARC copy: {@code file#offset})
 * @param timestamp when the copy was captured
 * @param gapDays days between the capture and the date the copy was chosen for (the
 *     citation's access date, else its publication date); null when there was neither
 * @param httpStatus the status the archive recorded for the capture, or 0 when unknown
 */
public record ArchiveCopy(String archive, String url, Instant timestamp, Long gapDays, int httpStatus)
    implements Serializable {

  public ArchiveCopy {
    if (archive == null || url == null || timestamp == null) {
      throw new IllegalArgumentException("an archive copy needs its archive, URL and time");
    }
  }
}
