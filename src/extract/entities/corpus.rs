//! Examples beside the rules.
