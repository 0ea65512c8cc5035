//! `labelled_enum!`: one declaration per closed vocabulary of the schema.
//!
//! Each variant gets its JSON spelling (also used in URLs) and a label for
//! people, so serde, the URL state, the facets and the views agree without
//! keeping parallel tables by hand.

/// Declares a `Copy` enum whose variants serialise as the given snake_case
/// strings, with `as_str`, `label`, `ALL` and `FromStr`.
#[macro_export]
macro_rules! labelled_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $json:literal, $label:literal; )+ }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $json)] $variant, )+
        }

        impl $name {
            /// Every value, in declaration order (the order facets list them in).
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// The JSON and URL spelling.
            pub const fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $json, )+ }
            }

            /// The wording shown to people.
            pub const fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )+ }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $( $json => Ok($name::$variant), )+
                    other => Err(format!("unknown {} `{}`", stringify!($name), other)),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}
