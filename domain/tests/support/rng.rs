//! xorshift64*: a small deterministic random source for the property tests (a fixed seed
//! keeps a failure reproducible), with no dependency.
pub struct Rng(pub u64);

#[allow(dead_code)]
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Up to `max` pieces picked from `parts`, joined.
    pub fn text(&mut self, parts: &[&str], max: usize) -> String {
        let len = self.below(max + 1);
        (0..len).map(|_| parts[self.below(parts.len())]).collect()
    }
}
