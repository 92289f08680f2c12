//! The translator workspace: Fluent files kept byte for byte with message spans (`ftl`), the
//! checks a translation must pass (`checks`), the editor's help and preview (`preview`),
//! terms and messages resolved across a locale's files (`references`), atomic writes (`store`), who may edit which locale (`access`), the strings workspace
//! (`strings`), lesson translations (`lessons`), and the whole-project check that `academy
//! i18n check` runs (`audit`).
pub mod access;
pub mod audit;
pub mod checks;
pub mod diff;
pub mod drafts;
pub mod ftl;
pub mod lessons;
pub mod preview;
pub mod references;
pub mod store;
pub mod strings;
pub mod watch;
