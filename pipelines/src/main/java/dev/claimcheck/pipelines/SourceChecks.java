package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.UrlTask;
import java.nio.file.Path;
import java.util.List;

/**
 * How a run checks the sources it cites.
 *
 * @param runId names the run
 * @param settings the checker's settings, for the run as a whole
 * @param state the state folder kept between runs, or null
 * @param extraUrls URLs to check besides the cited ones (the {@code recheck} command's list)
 */
public record SourceChecks(String runId, SourceChecker.Settings settings, Path state, List<UrlTask> extraUrls) {

  public SourceChecks {
    extraUrls = List.copyOf(extraUrls);
  }

  /**
   * The transform that checks the URLs.
   *
   * @param textsFolder where the texts read are shelved for the judge, or null when no claims
   *     are judged
   * @param workers how many workers check at once (each paces the archives for its share)
   */
  CheckSources transform(String textsFolder, int workers) {
    return new CheckSources(settings.sharedBy(workers), state == null ? null : state.toString(), textsFolder);
  }
}
