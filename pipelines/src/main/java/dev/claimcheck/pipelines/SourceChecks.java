package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.UrlTask;
import java.nio.file.Path;
import java.util.List;

/**
 * How a run checks the sources it cites.
 *
 * @param runId the run, so that its workers share one checker
 * @param settings the checker's settings
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
   */
  CheckSources transform(String textsFolder) {
    return new CheckSources(runId, settings, state == null ? null : state.toString(), textsFolder);
  }
}
