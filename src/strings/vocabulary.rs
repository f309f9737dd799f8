//! The words of the front-matter vocabularies as readers see them: each variant's label, a
//! role's phrase and a stance's verb, read from the catalogue by the keys the model gives
//! (`model::Labelled`), so the model itself holds no English a reader meets.

use super::Strings;
use crate::model::{Labelled, Role, Stance};

impl Strings {
    /// How the site names a vocabulary's word to readers: "State", "Side A", "at least".
    pub fn label<V: Labelled>(&self, word: V) -> &str {
        self.text(word.key())
    }

    /// How a party page introduces its events in `role`: "On side A", "As mediator".
    pub fn role_phrase(&self, role: Role) -> &str {
        self.text(role.phrase_key())
    }

    /// The verb after a claimant's name, agreeing with it: "Armenia says", "the Karabakh
    /// authorities say".
    pub fn verb(&self, stance: Stance, plural: bool) -> &str {
        if plural { self.text(stance.plural_key()) } else { self.label(stance) }
    }
}
