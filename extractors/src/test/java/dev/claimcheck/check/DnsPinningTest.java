package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS rebinding, played in a child JVM whose names come from a hosts file the probe rewrites:
 * the guard approves a name at a public address, the name then moves to the loopback address,
 * and the address the client would connect to is looked up again. The child's own address
 * cache is set to expire at once, as an entry about to expire would.
 */
class DnsPinningTest {
  @TempDir
  Path dir;

  /** The child: approve, rebind, resolve again; prints the address the client would get. */
  public static final class Probe {
    public static void main(String[] args) throws Exception {
      if (args[1].equals("pinned")) {
        AddressGuard.pinResolutions();
      }
      Path hosts = Path.of(args[0]);
      AddressGuard guard = new AddressGuard(false, AddressGuard.Resolver.system());
      AddressGuard.Verdict first = guard.check(URI.create("http://rebind.test/page"));
      Files.writeString(hosts, "127.0.0.1 rebind.test\n");
      System.out.println(first.allowed() + " " + InetAddress.getByName("rebind.test").getHostAddress());
    }
  }

  private String probe(String mode) throws IOException, InterruptedException {
    Path hosts = dir.resolve(mode + ".hosts");
    Files.writeString(hosts, "93.184.216.34 rebind.test\n");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djdk.net.hosts.file=" + hosts, "-Dsun.net.inetaddr.ttl=0",
        "-cp", System.getProperty("java.class.path"), Probe.class.getName(), hosts.toString(), mode));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  @Test
  void aNameKeepsTheAddressTheGuardApproved() throws Exception {
    assertThat(probe("pinned")).isEqualTo("true 93.184.216.34");
  }

  @Test
  void withoutPinningTheNameWouldMoveToTheLoopback() throws Exception {
    // The case the pinning closes: the same probe without it reaches 127.0.0.1.
    assertThat(probe("unpinned")).isEqualTo("true 127.0.0.1");
  }
}
