//! Texts of the templates area: plan templates per position (**Pakai templat**, **Simpan
//! sebagai templat**, `kinerja template …`) and **Salin rencana tahun lalu**; and the errors
//! of the template file and of these actions as people read them.

use super::{Lang, Localize};
use crate::domain::template::{TemplateError, TemplateFileError, TemplateProblem, TemplateRowError};
use crate::i18n;

catalogue! {
    tpl_button_use = "tpl-button-use"();
    tpl_button_copy = "tpl-button-copy"();
    tpl_button_save = "tpl-button-save"();
    tpl_button_use_this = "tpl-button-use-this"();
    tpl_button_cancel = "tpl-button-cancel"();
    tpl_button_save_confirm = "tpl-button-save-confirm"();
    tpl_button_target = "tpl-button-target"(number);
    tpl_button_link = "tpl-button-link"(number);
    tpl_button_back = "tpl-button-back"();
    tpl_every_unit = "tpl-every-unit"();
    tpl_preview_header = "tpl-preview-header"(jabatan, unit, rhk, indicators);
    tpl_preview_hint = "tpl-preview-hint"();
    tpl_applied = "tpl-applied"();
    tpl_copied_header = "tpl-copied-header"(count, year);
    tpl_review_line = "tpl-review-line"(number, text, target);
    tpl_unlinked_header = "tpl-unlinked-header"();
    tpl_unlinked_line = "tpl-unlinked-line"(number, text);
    tpl_review_footer = "tpl-review-footer"();
    tpl_save_confirm = "tpl-save-confirm"(name, jabatan, unit);
    tpl_save_replaces = "tpl-save-replaces"();
    tpl_save_hint = "tpl-save-hint"();
    tpl_saved = "tpl-saved"(jabatan, unit);
    tpl_save_cancelled = "tpl-save-cancelled"();
    tpl_already_saved = "tpl-already-saved"();
    tpl_err_not_allowed = "tpl-err-not-allowed"();
    tpl_err_not_in_force = "tpl-err-not-in-force"();
    tpl_err_gone = "tpl-err-gone"();
    tpl_err_does_not_fit = "tpl-err-does-not-fit"();
    tpl_err_not_empty = "tpl-err-not-empty"();
    tpl_err_no_last_year = "tpl-err-no-last-year"();
    tpl_row_empty = "tpl-row-empty"(column);
    tpl_row_too_long = "tpl-row-too-long"(column, max);
    tpl_row_jenis = "tpl-row-jenis"(value);
    tpl_row_target = "tpl-row-target"(reason);
    tpl_row_aspek = "tpl-row-aspek"(value);
    tpl_row_arah = "tpl-row-arah"(value);
    tpl_row_duplicate_indicator = "tpl-row-duplicate-indicator"(first);
    tpl_row_jenis_differs = "tpl-row-jenis-differs"(first);
    tpl_row_no_utama = "tpl-row-no-utama"(jabatan);
    tpl_file_missing_columns = "tpl-file-missing-columns"(columns);
    tpl_file_empty = "tpl-file-empty"();
    tpl_file_no_rows = "tpl-file-no-rows"();
    tpl_cli_imported = "tpl-cli-imported"(templates, rhk, indicators);
    tpl_cli_refused = "tpl-cli-refused"(file, count);
    tpl_cli_from_plan = "tpl-cli-from-plan"(jabatan, unit, nip, year, version);
    tpl_cli_no_plan_in_force = "tpl-cli-no-plan-in-force"(nip, year);
    tpl_cli_list_empty = "tpl-cli-list-empty"();
    tpl_cli_list_line = "tpl-cli-list-line"(jabatan, unit, rhk, indicators, source);
    tpl_cli_deleted = "tpl-cli-deleted"(jabatan, unit);
    tpl_cli_not_found = "tpl-cli-not-found"(jabatan, unit);
}

impl Localize for TemplateError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            TemplateError::NotAllowed => i18n::tpl_err_not_allowed(lang),
            TemplateError::NotInForce => i18n::tpl_err_not_in_force(lang),
            TemplateError::Gone => i18n::tpl_err_gone(lang),
            TemplateError::DoesNotFit => i18n::tpl_err_does_not_fit(lang),
            TemplateError::NotEmpty => i18n::tpl_err_not_empty(lang),
            TemplateError::NoLastYear => i18n::tpl_err_no_last_year(lang),
        }
    }
}

impl Localize for TemplateProblem {
    fn localize(&self, lang: Lang) -> String {
        match self {
            TemplateProblem::Cell(p) => p.localize(lang),
            TemplateProblem::Empty(column) => i18n::tpl_row_empty(lang, column),
            TemplateProblem::TooLong { column, max } => {
                i18n::tpl_row_too_long(lang, column, &max.to_string())
            }
            TemplateProblem::Jenis(raw) => i18n::tpl_row_jenis(lang, &format!("{raw:?}")),
            TemplateProblem::Target(e) => i18n::tpl_row_target(lang, &e.localize(lang)),
            TemplateProblem::Aspek(raw) => i18n::tpl_row_aspek(lang, &format!("{raw:?}")),
            TemplateProblem::Arah(raw) => i18n::tpl_row_arah(lang, &format!("{raw:?}")),
            TemplateProblem::DuplicateIndicator { first } => {
                i18n::tpl_row_duplicate_indicator(lang, &first.to_string())
            }
            TemplateProblem::JenisDiffers { first } => {
                i18n::tpl_row_jenis_differs(lang, &first.to_string())
            }
            TemplateProblem::NoUtama(jabatan) => {
                i18n::tpl_row_no_utama(lang, &format!("{jabatan:?}"))
            }
        }
    }
}

impl Localize for TemplateRowError {
    /// `baris 7: …` (`line 7: …`).
    fn localize(&self, lang: Lang) -> String {
        let problems = self
            .problems
            .iter()
            .map(|p| p.localize(lang))
            .collect::<Vec<_>>()
            .join("; ");
        i18n::err_line(lang, &self.line.to_string(), &problems)
    }
}

impl Localize for TemplateFileError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            TemplateFileError::Io(e) => i18n::err_roster_io(lang, &e.to_string()),
            TemplateFileError::UnsupportedExtension(ext) => i18n::err_roster_extension(lang, ext),
            TemplateFileError::NoExtension => i18n::err_roster_no_extension(lang),
            TemplateFileError::Csv(e) => i18n::err_roster_csv(lang, &e.to_string()),
            TemplateFileError::Xlsx(e) => i18n::err_roster_xlsx(lang, &e.to_string()),
            TemplateFileError::Encoding => i18n::err_roster_encoding(lang),
            TemplateFileError::MissingColumns(columns) => {
                i18n::tpl_file_missing_columns(lang, &columns.join(", "))
            }
            TemplateFileError::DuplicateColumns(columns) => {
                i18n::err_roster_duplicate_columns(lang, &columns.join(", "))
            }
            TemplateFileError::Empty => i18n::tpl_file_empty(lang),
            TemplateFileError::NoRows => i18n::tpl_file_no_rows(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quantity::QuantityError;

    /// In Indonesian a person reads what the logs say, word for word.
    #[test]
    fn indonesian_texts_are_the_domains_own() {
        let errors = [
            TemplateError::NotAllowed,
            TemplateError::NotInForce,
            TemplateError::Gone,
            TemplateError::DoesNotFit,
            TemplateError::NotEmpty,
            TemplateError::NoLastYear,
        ];
        for e in errors {
            assert_eq!(e.localize(Lang::Id), e.to_string());
        }
        let problems = [
            TemplateProblem::Empty("rhk"),
            TemplateProblem::TooLong {
                column: "indikator",
                max: 500,
            },
            TemplateProblem::Jenis("Pokok".into()),
            TemplateProblem::Target(QuantityError::NoUnit),
            TemplateProblem::Aspek("Mutu".into()),
            TemplateProblem::Arah("miring".into()),
            TemplateProblem::DuplicateIndicator { first: 2 },
            TemplateProblem::JenisDiffers { first: 3 },
            TemplateProblem::NoUtama("Bidan".into()),
        ];
        for p in problems {
            assert_eq!(p.localize(Lang::Id), p.to_string());
        }
        let row = TemplateRowError {
            line: 7,
            problems: vec![TemplateProblem::Empty("jenis")],
        };
        assert_eq!(row.localize(Lang::Id), row.to_string());
        assert_eq!(row.localize(Lang::En), "line 7: column jenis is empty");
    }
}
