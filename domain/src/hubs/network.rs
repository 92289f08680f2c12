//! Which addresses the academy may connect to when it talks to a hub. An organizer types a
//! hub's address; without this, that address could be the server itself, a database on the
//! private network or the cloud's metadata service (SSRF). The check runs where the
//! connection is made: every name is resolved by [`CheckedResolver`], which drops the
//! addresses the policy refuses, so a name that resolves to a public address when the hub is
//! registered and to 127.0.0.1 later (DNS rebinding) still cannot reach the loopback. Hosts
//! written as IP literals never reach a resolver, so [`check_literal`] refuses those.
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// `ACADEMY_HUB_NETWORK`: how far hubs may be. Each level allows what the previous allows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum HubNetwork {
    /// Only addresses on the internet, over https (production).
    #[default]
    Public,
    /// Also private networks (10/8, 172.16/12, 192.168/16, fc00::/7), over https: an academy
    /// and a hub on one campus network.
    Private,
    /// Also this machine, where plain http is accepted: tests and the demo.
    Loopback,
}

impl HubNetwork {
    pub fn as_str(self) -> &'static str {
        match self {
            HubNetwork::Public => "public",
            HubNetwork::Private => "private",
            HubNetwork::Loopback => "loopback",
        }
    }

    pub fn parse(s: &str) -> Option<HubNetwork> {
        [
            HubNetwork::Public,
            HubNetwork::Private,
            HubNetwork::Loopback,
        ]
        .into_iter()
        .find(|n| n.as_str() == s.trim())
    }

    pub fn allows(self, ip: IpAddr) -> bool {
        match classify(ip) {
            Reach::Public => true,
            Reach::Private => self >= HubNetwork::Private,
            Reach::Loopback => self >= HubNetwork::Loopback,
            Reach::Never => false,
        }
    }
}

/// Where an address leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    Public,
    Private,
    Loopback,
    /// Link-local (cloud metadata), multicast, unspecified, documentation, reserved, and
    /// IPv6 ranges that embed an IPv4 address (NAT64, 6to4, Teredo): never a hub.
    Never,
}

/// Metadata and platform services that sit in ranges otherwise allowed.
const NEVER_V4: [Ipv4Addr; 2] = [
    Ipv4Addr::new(100, 100, 100, 200), // Alibaba Cloud metadata (in 100.64/10)
    Ipv4Addr::new(168, 63, 129, 16),   // Azure platform endpoint (a public address)
];
const NEVER_V6: [Ipv6Addr; 1] = [Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254)]; // AWS IMDS

pub fn classify(ip: IpAddr) -> Reach {
    match ip.to_canonical() {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(ip: Ipv4Addr) -> Reach {
    let [a, b, c, _] = ip.octets();
    if NEVER_V4.contains(&ip) {
        return Reach::Never;
    }
    if a == 127 {
        return Reach::Loopback;
    }
    if a == 10 || (a == 172 && (16..32).contains(&b)) || (a == 192 && b == 168) {
        return Reach::Private;
    }
    // Carrier-grade NAT space, private in practice.
    if a == 100 && (64..128).contains(&b) {
        return Reach::Private;
    }
    let never = a == 0
        || (a == 169 && b == 254)
        || a >= 224
        || (a == 192 && b == 0 && (c == 0 || c == 2))
        || (a == 192 && b == 88 && c == 99)
        || (a == 198 && (b == 18 || b == 19))
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113);
    if never {
        Reach::Never
    } else {
        Reach::Public
    }
}

fn classify_v6(ip: Ipv6Addr) -> Reach {
    if NEVER_V6.contains(&ip) {
        return Reach::Never;
    }
    if ip == Ipv6Addr::LOCALHOST {
        return Reach::Loopback;
    }
    let s = ip.segments();
    if s[0] & 0xfe00 == 0xfc00 {
        return Reach::Private; // unique local
    }
    let embeds_v4 = (s[0] == 0x64 && s[1] == 0xff9b) // NAT64
        || s[0] == 0x2002 // 6to4
        || (s[0] == 0x2001 && s[1] == 0); // Teredo
    let documentation = s[0] == 0x2001 && s[1] == 0xdb8;
    // Global unicast is 2000::/3; everything else (link-local, multicast, the unspecified
    // and IPv4-compatible addresses) is not a place for a hub.
    if s[0] & 0xe000 == 0x2000 && !embeds_v4 && !documentation {
        Reach::Public
    } else {
        Reach::Never
    }
}

/// The host of a URL, when it is an IP literal the policy refuses. Domain names are checked
/// when they are resolved.
pub fn check_literal(url: &url::Url, network: HubNetwork) -> Result<(), IpAddr> {
    let ip = match url.host() {
        Some(url::Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(url::Host::Ipv6(v6)) => IpAddr::V6(v6),
        _ => return Ok(()),
    };
    if network.allows(ip) {
        Ok(())
    } else {
        Err(ip)
    }
}

/// Whether the URL names this machine (plain http is accepted only there).
pub fn is_loopback_host(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(v4)) => v4.is_loopback(),
        Some(url::Host::Ipv6(v6)) => v6.to_canonical().is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// A hub's address as typed, checked and normalized: http(s) with a host, no user name or
/// password, no query or fragment (they would swallow the API paths built after them),
/// https unless the hub is on this machine and the policy allows that, and no IP literal
/// the policy refuses. Err is the Fluent id of what is wrong.
pub fn hub_address(raw: &str, network: HubNetwork) -> Result<url::Url, &'static str> {
    let raw = raw.trim();
    if raw.len() > 500 {
        return Err("error-hub-url-invalid");
    }
    let mut u = url::Url::parse(raw).map_err(|_| "error-hub-url-invalid")?;
    if !matches!(u.scheme(), "http" | "https")
        || u.host().is_none()
        || !u.username().is_empty()
        || u.password().is_some()
    {
        return Err("error-hub-url-invalid");
    }
    u.set_query(None);
    u.set_fragment(None);
    let local = is_loopback_host(&u);
    if local && network < HubNetwork::Loopback {
        return Err("error-hub-url-not-public");
    }
    if check_literal(&u, network).is_err() {
        return Err("error-hub-url-not-public");
    }
    if u.scheme() == "http" && !(local && network == HubNetwork::Loopback) {
        return Err("error-hub-url-https");
    }
    Ok(u)
}

/// The address as stored: normalized, without a trailing slash.
pub fn stored_form(u: &url::Url) -> String {
    u.as_str().trim_end_matches('/').to_owned()
}

/// Raised by the resolver; the client maps it to `HubError::Blocked`.
#[derive(Debug)]
pub struct Blocked;

impl std::fmt::Display for Blocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the hub's address is not one the academy may connect to")
    }
}

impl std::error::Error for Blocked {}

/// The system resolver, with every address the policy refuses removed. A name left with no
/// address fails with [`Blocked`].
#[derive(Clone, Copy, Debug)]
pub struct CheckedResolver(pub HubNetwork);

impl reqwest::dns::Resolve for CheckedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let network = self.0;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> = found
                .into_iter()
                .filter(|a| network.allows(a.ip()))
                .collect();
            if allowed.is_empty() {
                return Err(Box::new(Blocked) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reach(s: &str) -> Reach {
        classify(s.parse().unwrap())
    }

    #[test]
    fn addresses_are_classified() {
        for s in ["8.8.8.8", "140.82.112.3", "2606:4700::1111", "2a00:1450::1"] {
            assert_eq!(reach(s), Reach::Public, "{s}");
        }
        for s in [
            "10.0.0.1",
            "172.16.5.4",
            "172.31.255.255",
            "192.168.1.1",
            "fd12::1",
        ] {
            assert_eq!(reach(s), Reach::Private, "{s}");
        }
        for s in ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"] {
            assert_eq!(reach(s), Reach::Loopback, "{s}");
        }
        for s in [
            "169.254.169.254",
            "::ffff:169.254.169.254",
            "0.0.0.0",
            "::",
            "fe80::1",
            "ff02::1",
            "224.0.0.1",
            "255.255.255.255",
            "192.0.2.1",
            "64:ff9b::a9fe:a9fe",
            "2002:a9fe:a9fe::1",
            "2001:0:a9fe:a9fe::1",
            "fd00:ec2::254",
            "100.100.100.200",
            "168.63.129.16",
            "::127.0.0.1",
        ] {
            assert_eq!(reach(s), Reach::Never, "{s}");
        }
        assert_eq!(reach("172.32.0.1"), Reach::Public);
    }

    #[test]
    fn each_level_allows_the_previous() {
        let lo: IpAddr = "127.0.0.1".parse().unwrap();
        let lan: IpAddr = "10.1.2.3".parse().unwrap();
        let meta: IpAddr = "169.254.169.254".parse().unwrap();
        assert!(!HubNetwork::Public.allows(lo) && !HubNetwork::Public.allows(lan));
        assert!(!HubNetwork::Private.allows(lo) && HubNetwork::Private.allows(lan));
        assert!(HubNetwork::Loopback.allows(lo) && HubNetwork::Loopback.allows(lan));
        for n in [
            HubNetwork::Public,
            HubNetwork::Private,
            HubNetwork::Loopback,
        ] {
            assert!(!n.allows(meta), "{n:?}");
            assert_eq!(HubNetwork::parse(n.as_str()), Some(n));
        }
    }

    #[test]
    fn literals_are_checked_before_any_connection() {
        let u = |s: &str| url::Url::parse(s).unwrap();
        assert!(check_literal(&u("https://[::ffff:7f00:1]/"), HubNetwork::Public).is_err());
        assert!(check_literal(&u("https://0x7f.1/"), HubNetwork::Public).is_err());
        assert!(check_literal(&u("https://hub.example.org/"), HubNetwork::Public).is_ok());
        assert!(check_literal(&u("http://127.0.0.1:9/"), HubNetwork::Loopback).is_ok());
        assert!(is_loopback_host(&u("http://localhost:8000")));
        assert!(!is_loopback_host(&u("http://hub.example.org")));
    }

    #[test]
    fn addresses_are_normalized_and_checked() {
        let ok = |s: &str, n| hub_address(s, n).map(|u| stored_form(&u));
        assert_eq!(
            ok(" https://hub.example.org/hub/?x=1#top ", HubNetwork::Public).as_deref(),
            Ok("https://hub.example.org/hub")
        );
        assert_eq!(
            ok("https://a:b@hub.example.org", HubNetwork::Public),
            Err("error-hub-url-invalid")
        );
        assert_eq!(
            ok("ftp://hub.example.org", HubNetwork::Public),
            Err("error-hub-url-invalid")
        );
        assert_eq!(
            ok("http://hub.example.org", HubNetwork::Loopback),
            Err("error-hub-url-https")
        );
        for s in [
            "http://127.0.0.1:8000",
            "https://localhost",
            "https://10.0.0.5",
        ] {
            assert_eq!(
                ok(s, HubNetwork::Public),
                Err("error-hub-url-not-public"),
                "{s}"
            );
        }
        assert_eq!(
            ok("https://169.254.169.254", HubNetwork::Loopback),
            Err("error-hub-url-not-public")
        );
        assert_eq!(
            ok("https://10.0.0.5", HubNetwork::Private).as_deref(),
            Ok("https://10.0.0.5")
        );
        assert_eq!(
            ok("http://127.0.0.1:8000/", HubNetwork::Loopback).as_deref(),
            Ok("http://127.0.0.1:8000")
        );
    }
}
