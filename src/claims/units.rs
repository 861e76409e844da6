//! Units of measure: spellings merged ("tons", "tonnes", "metric tons") and values converted to
//! one unit per dimension (miles to km, °F to °C), so that outlets writing either compare.

/// A unit read after a number: the canonical unit, how to convert into it, and how many
/// tokens its spelling takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    /// Canonical unit ("km", "t", "°C", "magnitude").
    pub unit: &'static str,
    /// value × factor + offset converts into the canonical unit.
    pub factor: f64,
    pub offset: f64,
    /// Tokens the spelling covers ("metric tons": 2).
    pub words: usize,
}

const fn m(unit: &'static str, factor: f64, words: usize) -> Measure {
    Measure {
        unit,
        factor,
        offset: 0.0,
        words,
    }
}

/// The unit spelled by `w` (and possibly `next`), if it is a unit of measure.
pub fn measure(w: &str, next: &str) -> Option<Measure> {
    Some(match (w, next) {
        ("metric", "tons" | "tonnes" | "ton" | "tonne") => m("t", 1.0, 2),
        ("degrees" | "degree", "fahrenheit" | "f") | ("°f" | "ºf", _) => Measure {
            unit: "°C",
            factor: 5.0 / 9.0,
            offset: -160.0 / 9.0,
            words: if w.starts_with('d') { 2 } else { 1 },
        },
        ("degrees" | "degree", "celsius" | "centigrade" | "c") => m("°C", 1.0, 2),
        ("°c" | "ºc", _) => m("°C", 1.0, 1),
        ("km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers", _) => m("km", 1.0, 1),
        ("mile" | "miles" | "mi", _) => m("km", 1.609_344, 1),
        ("m" | "metre" | "metres" | "meter" | "meters", _) => m("m", 1.0, 1),
        ("foot" | "feet" | "ft", _) => m("m", 0.3048, 1),
        ("cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters", _) => m("m", 0.01, 1),
        ("inch" | "inches", _) => m("m", 0.0254, 1),
        ("ton" | "tons" | "tonne" | "tonnes", _) => m("t", 1.0, 1),
        ("kg" | "kilogram" | "kilograms" | "kilos", _) => m("kg", 1.0, 1),
        ("mph", _) => m("km/h", 1.609_344, 1),
        ("kph" | "km/h", _) => m("km/h", 1.0, 1),
        ("hectare" | "hectares" | "ha", _) => m("ha", 1.0, 1),
        ("acre" | "acres", _) => m("ha", 0.404_686, 1),
        ("magnitude", _) => m("magnitude", 1.0, 1),
        ("dollars" | "dollar", _) => m("USD", 1.0, 1),
        ("euros" | "euro", _) => m("EUR", 1.0, 1),
        _ => return None,
    })
}

/// Minutes in one duration unit ("hour" → 60).
pub fn duration_unit(w: &str) -> Option<f64> {
    match w {
        "second" | "seconds" | "sec" | "secs" => Some(1.0 / 60.0),
        "minute" | "minutes" | "min" | "mins" => Some(1.0),
        "hour" | "hours" | "hr" | "hrs" => Some(60.0),
        "day" | "days" => Some(1440.0),
        "week" | "weeks" => Some(10_080.0),
        "month" | "months" => Some(43_200.0),
        "year" | "years" => Some(525_600.0),
        _ => None,
    }
}

/// Whether `unit` is a unit of measure or money rather than a counted noun.
pub fn is_measure(unit: &str) -> bool {
    matches!(
        unit,
        "km" | "m"
            | "t"
            | "kg"
            | "°C"
            | "km/h"
            | "ha"
            | "magnitude"
            | "USD"
            | "EUR"
            | "GBP"
            | "%"
            | super::demography::AGE
            | super::demography::POPULATION
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_merge_and_units_convert() {
        assert_eq!(measure("tonnes", "of").map(|m| m.unit), Some("t"));
        assert_eq!(measure("metric", "tons").map(|m| (m.unit, m.words)), Some(("t", 2)));
        let miles = measure("miles", "").expect("miles");
        assert!((10.0 * miles.factor - 16.09).abs() < 0.01);
        let f = measure("degrees", "fahrenheit").expect("°F");
        assert!((212.0 * f.factor + f.offset - 100.0).abs() < 1e-9);
        assert!(measure("people", "").is_none());
    }
}
