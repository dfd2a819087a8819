//! Property tests for every parser of outside input: whatever arrives, no panic; whatever is
//! accepted, reads back the same after being written out.

use chrono::{Datelike, NaiveDate};
use kinerja::bot::callback::CallbackAction;
use kinerja::domain::broadcast::Audience;
use kinerja::domain::evaluation::Period;
use kinerja::domain::nip::Nip;
use kinerja::domain::phone::Phone;
use kinerja::domain::quantity::{Quantity, format_number, parse_number};
use kinerja::domain::time::{format_wib, parse_datetime_wib};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_as_a_nip_never_panics_and_what_is_accepted_round_trips(raw in "\\PC{0,30}") {
        if let Ok(nip) = Nip::parse(&raw) {
            prop_assert_eq!(nip.as_str().len(), 18);
            let again = Nip::parse(nip.as_str()).unwrap();
            prop_assert_eq!(again.as_str(), nip.as_str());
        }
    }

    #[test]
    fn every_well_formed_pns_nip_is_accepted(
        birth in 0i64..(365 * 40),
        years_after in 18i32..40,
        month in 1u32..=12,
        gender in 1u32..=2,
        seq in 1u32..=999,
    ) {
        let born = NaiveDate::from_ymd_opt(1960, 1, 1).unwrap() + chrono::Days::new(birth as u64);
        let start_year = born.year() + years_after + 1;
        prop_assume!(start_year <= 2026);
        let raw = format!(
            "{}{start_year:04}{month:02}{gender}{seq:03}",
            born.format("%Y%m%d")
        );
        let nip = Nip::parse(&raw);
        prop_assert!(nip.is_ok(), "{} refused: {:?}", raw, nip);
        // Spaces and dots as HR types them change nothing.
        let spaced = format!("{} {} {} {}", &raw[..8], &raw[8..14], &raw[14..15], &raw[15..]);
        let again = Nip::parse(&spaced).unwrap();
        prop_assert_eq!(again.as_str(), raw.as_str());
    }

    #[test]
    fn any_text_as_a_phone_never_panics_and_what_is_accepted_round_trips(raw in "[-+() .0-9a-z]{0,24}") {
        if let Ok(phone) = Phone::parse(&raw) {
            prop_assert!(phone.as_str().starts_with("+62"));
            prop_assert_eq!(Phone::parse(phone.as_str()).unwrap(), phone);
        }
    }

    #[test]
    fn any_text_as_a_quantity_never_panics_and_reads_back_within_rounding(raw in "\\PC{0,40}") {
        if let Ok(q) = Quantity::parse(&raw) {
            let again = Quantity::parse(&q.to_string()).unwrap();
            prop_assert_eq!(&again.unit, &q.unit);
            prop_assert!((again.value - q.value).abs() <= 0.005 + q.value.abs() * 1e-12);
        }
        let _ = parse_number(&raw);
    }

    #[test]
    fn targets_as_people_type_them_read_back(raw in "[0-9]{1,3}(\\.[0-9]{3}){0,3}(,[0-9]{1,3})? ?[a-z%]{1,10}( [a-z]{1,8})?") {
        let q = Quantity::parse(&raw);
        prop_assert!(q.is_ok(), "{} refused: {:?}", raw, q);
        let q = q.unwrap();
        let again = Quantity::parse(&q.to_string()).unwrap();
        prop_assert_eq!(&again.unit, &q.unit);
        prop_assert!((again.value - q.value).abs() <= 0.005 + q.value.abs() * 1e-12);
    }

    #[test]
    fn indonesian_numbers_with_two_decimals_round_trip_exactly(cents in 0i64..1_000_000_000_000) {
        let v = cents as f64 / 100.0;
        let written = format_number(v);
        prop_assert_eq!(parse_number(&written), Some(v), "{}", written);
    }

    #[test]
    fn any_text_as_a_date_and_time_never_panics(raw in "\\PC{0,40}", eod in any::<bool>()) {
        let _ = parse_datetime_wib(&raw, eod);
        let _ = kinerja::domain::time::parse_date(&raw);
    }

    #[test]
    fn every_time_shown_to_a_person_reads_back(minutes in 0i64..(60 * 24 * 365 * 30)) {
        let at = 1_700_000_040 / 60 * 60 + minutes * 60;
        prop_assert_eq!(parse_datetime_wib(&format_wib(at), false), Ok(at));
    }

    #[test]
    fn any_callback_data_never_panics_and_what_is_accepted_is_canonical(raw in "[a-z0-9:IVT-]{0,70}") {
        if let Ok(action) = CallbackAction::decode(&raw) {
            prop_assert_eq!(action.encode(), raw);
        }
    }

    /// Valid data by construction: every kind of button, its ids drawn at random (where an
    /// example carries the largest id, any id of that type goes).
    #[test]
    fn every_kind_of_button_with_any_ids_round_trips_within_64_bytes(
        pick in 0usize..1000,
        big in 0i64..=i64::MAX,
        small in 0u32..=u32::MAX,
    ) {
        let examples = kinerja::bot::callback::examples();
        let example = examples[pick % examples.len()].encode();
        let data = example
            .split(':')
            .map(|part| match part {
                "9223372036854775807" => big.to_string(),
                "4294967295" => small.to_string(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(":");
        prop_assert!(data.len() <= 64, "{}", data);
        let action = CallbackAction::decode(&data);
        prop_assert!(action.is_ok(), "{} (from {}) refused", data, example);
        prop_assert_eq!(action.unwrap().encode(), data);
    }

    #[test]
    fn every_period_and_audience_round_trips(
        year in 2000i64..=2100,
        kind in 0usize..5,
        units in proptest::collection::vec("[A-Za-z][A-Za-z ]{0,20}[a-z]", 1..4),
        plan_year in 2000i64..=2100,
    ) {
        let p = Period { year, kind: kinerja::domain::evaluation::PeriodKind::ALL[kind] };
        prop_assert_eq!(Period::from_key(&p.key()), Some(p));
        prop_assert_eq!(Period::parse(&p.key()).unwrap(), p);
        let units: Vec<String> = units
            .iter()
            .map(|u| u.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        for a in [
            Audience::Everyone,
            Audience::Supervisors,
            Audience::NoSubmittedPlan(plan_year),
            Audience::Units(units.clone()),
        ] {
            prop_assert_eq!(Audience::parse(&a.encode()).unwrap(), a);
        }
    }

    #[test]
    fn phones_as_people_write_them_are_accepted_and_round_trip(
        prefix in prop_oneof![Just("0"), Just("62"), Just("+62"), Just("+62 ")],
        rest in "8[1-9][0-9]{7,9}",
    ) {
        let raw = format!("{prefix}{rest}");
        let phone = Phone::parse(&raw);
        prop_assert!(phone.is_ok(), "{} refused", raw);
        let phone = phone.unwrap();
        prop_assert_eq!(Phone::parse(phone.as_str()).unwrap(), phone);
    }

    #[test]
    fn any_bytes_as_callback_data_never_panic(raw in "\\PC{0,80}") {
        let _ = CallbackAction::decode(&raw);
    }

    #[test]
    fn audiences_and_periods_round_trip(raw in "\\PC{0,40}") {
        if let Ok(a) = Audience::parse(&raw) {
            prop_assert_eq!(Audience::parse(&a.encode()).unwrap(), a);
        }
        if let Ok(p) = Period::parse(&raw) {
            prop_assert_eq!(Period::from_key(&p.key()), Some(p));
        }
    }

    #[test]
    fn any_bytes_as_a_roster_or_attendance_file_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(raw) = kinerja::domain::roster::read_csv(&bytes) {
            let _ = kinerja::domain::roster::parse_rows(raw);
        }
        let _ = kinerja::domain::training::parse_attendance_csv(&bytes);
    }

    #[test]
    fn roster_like_rows_never_panic(
        nip in "[0-9 ]{0,20}",
        nama in "\\PC{0,20}",
        atasan in "[0-9]{0,18}",
        phone in "[-+0-9 ]{0,16}",
        peran in "(pegawai|admin|x|)",
    ) {
        let csv = format!(
            "nip;nama;jabatan;unit_kerja;nip_atasan;telepon;peran\n{nip};\"{}\";Staf;Dinas;{atasan};{phone};{peran}\n",
            nama.replace('"', "'")
        );
        if let Ok(raw) = kinerja::domain::roster::read_csv(csv.as_bytes()) {
            let _ = kinerja::domain::roster::parse_rows(raw);
        }
    }
}
