//! The published JSON Schema (schema/record.schema.json) and the serialised record agree: every
//! field the record writes is described, and every required field is written.

use std::collections::BTreeSet;

use serde_json::Value;
use sportfacts::{Options, Pipeline};

fn schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/record.schema.json"
    ))
    .expect("schema file");
    serde_json::from_str(&text).expect("schema parses")
}

/// The property names and required names of a schema object (looking through one `allOf`).
fn keys(def: &Value, root: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut props = BTreeSet::new();
    let mut required = BTreeSet::new();
    let mut collect = |v: &Value| {
        if let Some(p) = v.get("properties").and_then(Value::as_object) {
            props.extend(p.keys().cloned());
        }
        if let Some(r) = v.get("required").and_then(Value::as_array) {
            required.extend(r.iter().filter_map(|x| x.as_str().map(str::to_string)));
        }
    };
    collect(def);
    for part in def
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let target = match part.get("$ref").and_then(Value::as_str) {
            Some(r) => &root["$defs"][r.trim_start_matches("#/$defs/")],
            None => part,
        };
        collect(target);
    }
    (props, required)
}

fn check_object(value: &Value, def: &Value, root: &Value, at: &str) {
    let (props, required) = keys(def, root);
    let obj = value
        .as_object()
        .unwrap_or_else(|| panic!("{at} is not an object"));
    for k in obj.keys() {
        assert!(
            props.contains(k),
            "{at}.{k} is written but not in the schema"
        );
    }
    for k in &required {
        assert!(
            obj.contains_key(k),
            "{at}.{k} is required by the schema but not written"
        );
    }
}

#[test]
fn record_matches_schema() {
    let root = schema();
    let pipeline = Pipeline::new(Options::default());
    let text = "Arsenal Beat Chelsea\n\nBy Ana Ruiz\n\nPublished: 5 June 2025\n\nArsenal beat Chelsea 2-1 at the Emirates Stadium on Sunday. “We go again,” said Mikel Arteta, the Arsenal manager. Bukayo Saka scored twice in 2025.";
    let record = serde_json::to_value(pipeline.extract_str(text, "a.txt").unwrap()).unwrap();
    let rec = &root["$defs"]["record"];
    check_object(&record, rec, &root, "record");
    let props = &rec["properties"];
    check_object(&record["article"], &props["article"], &root, "article");
    check_object(&record["source"], &root["$defs"]["source"], &root, "source");
    for kind in ["entities", "dates", "scores", "quotes", "events"] {
        for item in record[kind].as_array().unwrap() {
            check_object(item, &props[kind]["items"], &root, kind);
        }
    }
    for m in record["entities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["mentions"].as_array().unwrap())
    {
        check_object(m, &root["$defs"]["located"], &root, "mention");
    }
}
