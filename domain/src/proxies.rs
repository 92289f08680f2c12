//! Which client sent a request, behind reverse proxies. The TCP peer is the client unless it
//! is one of the configured trusted proxies; only then are `Forwarded` / `X-Forwarded-For`
//! read, from the right, skipping trusted hops, so a client cannot name an address of its
//! choosing by sending the header itself.
use std::net::IpAddr;

/// `ACADEMY_TRUSTED_PROXIES`: addresses and networks (`10.0.0.0/8`, `::1`) of the reverse
/// proxies in front of the server. Empty by default: headers are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl TrustedProxies {
    /// A comma-separated list; `None` names the first entry that is not an address or network.
    pub fn parse(s: &str) -> Result<Self, String> {
        let mut nets = vec![];
        for item in s.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let (addr, bits) = match item.split_once('/') {
                Some((a, b)) => (a, Some(b)),
                None => (item, None),
            };
            let ip: IpAddr = addr.parse().map_err(|_| item.to_owned())?;
            let max = if ip.is_ipv4() { 32 } else { 128 };
            let bits = match bits {
                None => max,
                Some(b) => b
                    .parse::<u8>()
                    .ok()
                    .filter(|b| *b <= max)
                    .ok_or_else(|| item.to_owned())?,
            };
            nets.push((ip, bits));
        }
        Ok(TrustedProxies(nets))
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0
            .iter()
            .any(|(net, bits)| match (canonical(*net), ip) {
                (IpAddr::V4(n), IpAddr::V4(a)) => prefix_eq(&n.octets(), &a.octets(), *bits),
                (IpAddr::V6(n), IpAddr::V6(a)) => prefix_eq(&n.octets(), &a.octets(), *bits),
                _ => false,
            })
    }

    /// The client's address: the peer, or, when the peer is a trusted proxy, the right-most
    /// address in the forwarding headers that is not itself a trusted proxy.
    pub fn client_address(
        &self,
        peer: IpAddr,
        forwarded: Option<&str>,
        x_forwarded_for: Option<&str>,
    ) -> IpAddr {
        if !self.contains(peer) {
            return peer;
        }
        let hops: Vec<IpAddr> = match (forwarded, x_forwarded_for) {
            (Some(f), _) => f
                .split(',')
                .filter_map(|element| {
                    element.split(';').find_map(|pair| {
                        let (k, v) = pair.trim().split_once('=')?;
                        k.eq_ignore_ascii_case("for").then(|| parse_node(v))?
                    })
                })
                .collect(),
            (None, Some(x)) => x.split(',').filter_map(parse_node).collect(),
            (None, None) => vec![],
        };
        hops.into_iter()
            .rev()
            .find(|ip| !self.contains(*ip))
            .unwrap_or(peer)
    }
}

/// An IPv4 address seen through an IPv6 socket (`::ffff:1.2.3.4`) is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6
            .to_ipv4_mapped()
            .map(IpAddr::V4)
            .unwrap_or(IpAddr::V6(v6)),
        v4 => v4,
    }
}

fn prefix_eq(a: &[u8], b: &[u8], bits: u8) -> bool {
    let full = (bits / 8) as usize;
    if a[..full] != b[..full] {
        return false;
    }
    let rest = bits % 8;
    rest == 0 || {
        let mask = 0xffu8 << (8 - rest);
        a[full] & mask == b[full] & mask
    }
}

/// `1.2.3.4`, `"[2001:db8::1]:4711"`, `1.2.3.4:80`; `unknown` and obfuscated names are not
/// addresses.
fn parse_node(v: &str) -> Option<IpAddr> {
    let v = v.trim().trim_matches('"');
    if let Some(rest) = v.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    v.parse()
        .ok()
        .or_else(|| v.rsplit_once(':').and_then(|(a, _)| a.parse().ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn headers_count_only_from_trusted_proxies() {
        let none = TrustedProxies::default();
        assert_eq!(
            none.client_address(ip("203.0.113.5"), None, Some("1.1.1.1")),
            ip("203.0.113.5"),
            "a client cannot choose its address"
        );
        let t = TrustedProxies::parse("10.0.0.0/8, ::1").unwrap();
        assert_eq!(
            t.client_address(
                ip("10.1.2.3"),
                None,
                Some("6.6.6.6, 198.51.100.7, 10.0.0.9")
            ),
            ip("198.51.100.7"),
            "the right-most untrusted hop, not what the client prepended"
        );
        assert_eq!(
            t.client_address(
                ip("::1"),
                Some(r#"for=6.6.6.6, for="[2001:db8::7]:4711";proto=https"#),
                Some("9.9.9.9")
            ),
            ip("2001:db8::7"),
            "Forwarded wins over X-Forwarded-For"
        );
        assert_eq!(t.client_address(ip("10.0.0.1"), None, None), ip("10.0.0.1"));
        assert!(t.contains(ip("::ffff:10.9.9.9")));
        assert!(!t.contains(ip("11.0.0.1")));
    }

    #[test]
    fn refuses_what_is_not_a_network() {
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.local").is_err());
        assert_eq!(
            TrustedProxies::parse("").unwrap(),
            TrustedProxies::default()
        );
        let t = TrustedProxies::parse("192.168.4.0/22").unwrap();
        assert!(t.contains(ip("192.168.7.255")));
        assert!(!t.contains(ip("192.168.8.0")));
    }
}
