//! Mẫu 02-HD KĐ.ĐG 2019 «BẢN KIỂM ĐIỂM CÁ NHÂN» (HD 21-HD/BTCTW), review
//! years 2019–2022. Source: `shared/domain/regulations.md` §3.1.

use super::{Regime, Template, TemplateId};
use crate::core::dossier::IdentityField as F;

pub static TEMPLATE: Template = Template {
    id: TemplateId::Y2019,
    version: 1,
    code: "Mẫu 02-HD KĐ.ĐG 2019",
    title: "BẢN KIỂM ĐIỂM CÁ NHÂN",
    subtitle: None,
    regime: Regime::Qd132,
    identity: &[
        F::FullName,
        F::BirthDate,
        F::PartyPost,
        F::GovernmentPost,
        F::MassOrgPost,
        F::WorkUnit,
        F::PartyCell,
        F::PartyCommittee,
        F::Place,
    ],
    sections: &[],
    notes: &[],
};
