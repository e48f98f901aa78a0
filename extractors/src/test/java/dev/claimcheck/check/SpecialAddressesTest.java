package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guard over the IANA IPv4 and IPv6 Special-Purpose Address Registries: the first and last
 * address of every range, the globally reachable blocks inside reserved ones, and the IPv6
 * forms that carry IPv4 addresses, each judged by what it carries.
 */
class SpecialAddressesTest {

  private static boolean allowed(String literal) throws Exception {
    return SpecialAddresses.whyNotPublic(InetAddress.getByAddress(SpecialAddresses.literal(literal))) == null;
  }

  @ParameterizedTest(name = "{0} public: {1}")
  @CsvSource(textBlock = """
      # ordinary public addresses
      93.184.216.34, true
      8.8.8.8, true
      1.1.1.1, true
      2606:2800:220:1:248:1893:25c8:1946, true
      2a00:1450:4001:82a::200e, true
      # IPv4 registry, each range's first and last address
      0.0.0.0, false
      0.255.255.255, false
      10.0.0.0, false
      10.255.255.255, false
      100.64.0.0, false
      100.127.255.255, false
      100.63.255.255, true
      100.128.0.0, true
      127.0.0.1, false
      127.255.255.255, false
      169.254.0.0, false
      169.254.169.254, false
      172.16.0.0, false
      172.31.255.255, false
      172.15.255.255, true
      172.32.0.0, true
      192.0.0.0, false
      192.0.0.7, false
      192.0.0.8, false
      192.0.0.9, true
      192.0.0.10, true
      192.0.0.11, false
      192.0.0.170, false
      192.0.0.171, false
      192.0.0.255, false
      192.0.2.0, false
      192.0.2.255, false
      192.31.196.1, true
      192.52.193.1, true
      192.88.99.1, false
      192.168.0.0, false
      192.168.255.255, false
      192.175.48.1, true
      198.18.0.0, false
      198.19.255.255, false
      198.17.255.255, true
      198.20.0.0, true
      198.51.100.0, false
      198.51.100.255, false
      203.0.113.0, false
      203.0.113.255, false
      224.0.0.1, false
      239.255.255.255, false
      240.0.0.0, false
      255.255.255.254, false
      255.255.255.255, false
      # IPv6 registry
      ::, false
      ::1, false
      100::, false
      100::ffff:ffff:ffff:ffff, false
      100:0:0:1::1, false
      2001:1::1, true
      2001:1::2, true
      2001:1::3, true
      2001:1::4, false
      2001:2::1, false
      2001:3::1, true
      2001:4:112::1, true
      2001:10::1, false
      2001:20::1, true
      2001:30::1, true
      2001:1ff:ffff:ffff::1, false
      2001:db8::, false
      2001:db8:ffff:ffff:ffff:ffff:ffff:ffff, false
      2620:4f:8000::1, true
      3fff::1, false
      3fff:fff:ffff::1, false
      5f00::1, false
      fc00::1, false
      fdff:ffff::1, false
      fe80::1, false
      febf:ffff::1, false
      fec0::1, false
      ff02::1, false
      ff0e::1, false
      # outside global unicast 2000::/3
      4000::1, false
      e000::1, false
      # IPv6 forms carrying IPv4, judged by what they carry
      ::ffff:127.0.0.1, false
      ::ffff:10.1.2.3, false
      ::ffff:93.184.216.34, true
      ::127.0.0.1, false
      ::10.0.0.1, false
      ::198.18.0.1, false
      ::93.184.216.34, true
      ::ffff:0:10.0.0.1, false
      ::ffff:0:93.184.216.34, true
      64:ff9b::10.0.0.1, false
      64:ff9b::127.0.0.1, false
      64:ff9b::169.254.169.254, false
      64:ff9b::93.184.216.34, true
      64:ff9b:1::1, false
      64:ff9b:1::93.184.216.34, false
      2002:0a00:0001::1, false
      2002:7f00:0001::1, false
      2002:a9fe:a9fe::1, false
      2002:5db8:d822::1, true
      2001:0:5db8:d822::f5ff:fffe, false
      2001:0:5db8:d822::a247:2bdd, true
      2001:0:0a00:0001::a247:2bdd, false
      """)
  void everyRangeOfTheRegistries(String address, boolean expected) throws Exception {
    assertThat(allowed(address)).as(address).isEqualTo(expected);
  }
}
