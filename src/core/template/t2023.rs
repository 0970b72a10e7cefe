//! Mẫu 02A / 02B-HD KĐ.ĐG 2023 (HD 25-HD/BTCTW), review years 2023–2024.
//! Source: `shared/domain/regulations.md` §3.2.

use super::{Regime, Template, TemplateId};
use crate::core::dossier::IdentityField as F;

const IDENTITY: &[F] = &[
    F::FullName,
    F::BirthDate,
    F::PartyPost,
    F::GovernmentPost,
    F::MassOrgPost,
    F::WorkUnit,
    F::PartyCell,
    F::PartyCommittee,
    F::Place,
];

pub static MEMBER: Template = Template {
    id: TemplateId::Y2023Member,
    version: 1,
    code: "Mẫu 02A-HD KĐ.ĐG 2023",
    title: "BẢN KIỂM ĐIỂM CÁ NHÂN",
    subtitle: Some("(Cá nhân không giữ chức vụ lãnh đạo, quản lý)"),
    regime: Regime::Qd124,
    identity: IDENTITY,
    sections: &[],
    notes: &[],
};

pub static LEADER: Template = Template {
    id: TemplateId::Y2023Leader,
    version: 1,
    code: "Mẫu 02B-HD KĐ.ĐG 2023",
    title: "BẢN KIỂM ĐIỂM CÁ NHÂN",
    subtitle: Some("(Cá nhân giữ chức vụ lãnh đạo, quản lý)"),
    regime: Regime::Qd124,
    identity: IDENTITY,
    sections: &[],
    notes: &[],
};
