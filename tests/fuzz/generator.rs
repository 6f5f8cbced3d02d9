//! A generator of random numeric Python functions for the differential fuzz test:
//! arithmetic, comparisons, boolean logic, conditionals, bounded loops, builtins and
//! `math` calls over `int`, `float` and `bool` values, with the edge values that break
//! compilers (0, ±1, 2**31, 2**62, 2**63−1, −2**63, −0.0, inf, nan, huge floats).
//! Every generated loop is bounded, and loops nest at most twice with few iterations, so
//! that even a value squared on every iteration stays a reasonably sized big int.
//!
//! A share of the functions also take a list of numbers `xs` and a `Box` `o` (a class
//! with attributes `p` and `q`): they read `xs[i]`, `o.p`, `len(xs)`, loop over `xs` (also
//! through `enumerate`, `zip`, `reversed` and a slice), and
//! store into `xs[i]` and `o.p`/`o.q`, so that a bail-out after a store must resume in the
//! interpreter rather than re-run (the driver prints the arguments after each call); they
//! also store a global (`global TICKS`, read back in the same call and by a function they
//! call) and call functions and methods leaving parameters to their defaults or passing
//! them by keyword. `Bin`, a `Box` with `total` and `scaled` of its own, makes calls of
//! those choose between two methods.
//!
//! Besides plain functions it makes the shapes that broke tier 1 before (issue 19):
//! results that are an argument unchanged (`return a`, `max(a, b)`: identity must
//! survive), code swaps (`f.__code__ = g.__code__` after `f` and a caller of it were
//! compiled), very long and deeply nested functions (the compiler must give up, not
//! crash), and recursion under a raised `sys.setrecursionlimit`.

/// SplitMix64: small, fast and reproducible from a seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// What the program defines before its functions: globals the functions read (tier 1
/// compiles them as guarded constants).
pub const PRELUDE: &str = r#"import math
INF = float('inf')
NINF = -INF
NAN = float('nan')
class Box:
    def __init__(self, p, q):
        self.p = p
        self.q = q
    def __repr__(self):
        return 'Box(%r, %r)' % (self.p, self.q)
    def bump(self, k):
        self.p = self.p + k
        return self.q
    def total(self):
        return self.p + self.q
    def scaled(self, k, by=2, neg=False):
        v = self.p * by + k
        return -v if neg else v
    def shift(self, k):
        self.q = self.q - k
        self.p = self.p * 3 + k
        if self.p == 7:
            raise ValueError('seven')
        return self.bump(k) + self.total()
    def __add__(self, other):
        if isinstance(other, Box):
            return Box(self.p + other.p, self.q + other.q)
        if isinstance(other, (int, float)):
            return Box(self.p + other, self.q)
        return NotImplemented
    def __radd__(self, other):
        return Box(other - self.p, self.q)
    def __mul__(self, k):
        if self.p == 7:
            raise ValueError('seven times')
        return Box(self.p * k, self.q)
    def __eq__(self, other):
        if not isinstance(other, Box):
            return NotImplemented
        return self.p == other.p
    def __lt__(self, other):
        return self.p < other.p
    __hash__ = None
class Crate(Box):
    pass
class Bin(Box):
    def total(self):
        return self.q - self.p
    def scaled(self, k, by=3, neg=False):
        v = self.q * by - k
        return v if neg else -v
def odd_box(p, q):
    class Odd:
        def __repr__(self):
            return 'Odd(%r, %r)' % (self.p, self.q)
        def total(self):
            return -1
        def bump(self, k):
            return k
        def shift(self, k):
            return 0
        def scaled(self, k, by=1, neg=False):
            return k
    o = Odd()
    o.p = p
    o.q = q
    return o
TICKS = 0
def tick(k, step=1, wrap=1000):
    global TICKS
    TICKS = (TICKS + step + (1 if k else 0)) % wrap
    return TICKS
"#;

/// Lists and boxes the object functions are called with.
const LIST_ARGS: &[&str] = &[
    "[1, 2, 3]",
    "[0.5, -1.5, 2.0, 3.0]",
    "[2**62, 2**62, 1]",
    "[7]",
    "[1, 2.5, True, -3]",
    "[0, 0, 0, 0, 0]",
];
const BOX_ARGS: &[&str] = &[
    "Box(1, 2)",
    "Box(0.5, -2.0)",
    "Box(2**62, 3)",
    "Box(True, 0)",
    "Box(-7, 1e300)",
    // Methods found on a subclass, and on a class the program does not bind to a
    // global (a direct method call checks the class, and bails out on another).
    "Crate(4, -2)",
    "odd_box(3, 5)",
    // `total` and `scaled` of its own: calls of those choose between two methods.
    "Bin(6, -1)",
];

/// Constants the generated code uses.
const INT_EDGES: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "3",
    "-7",
    "10",
    "255",
    "2**31",
    "-2**31",
    "2**53 + 1",
    "2**62",
    "-2**62",
    "2**63 - 1",
    "-2**63",
    "12345",
];
const FLOAT_EDGES: &[&str] = &[
    "0.0", "-0.0", "0.5", "-1.5", "2.0", "1e308", "-1e308", "5e-324", "1e-9", "3.14159", "INF",
    "NINF", "NAN", "2.0**53", "-7.25",
];
const INT_ARGS: &[&str] = &[
    "0",
    "1",
    "-1",
    "7",
    "-13",
    "2**31",
    "2**62",
    "2**63 - 1",
    "-2**63",
    "3",
    "100",
    "True",
];
const FLOAT_ARGS: &[&str] = &[
    "0.0", "-0.0", "2.5", "-0.75", "1e300", "INF", "NAN", "1.0", "-3.5", "1e-5",
];
const MIXED_ARGS: &[&str] = &[
    "0",
    "1",
    "-1",
    "7",
    "2**62",
    "2**63 - 1",
    "-2**63",
    "0.0",
    "-0.0",
    "2.5",
    "-0.75",
    "1e300",
    "INF",
    "NAN",
    "True",
    "False",
    "None",
];

/// What kinds of values a generated function mostly works with.
#[derive(Clone, Copy, PartialEq)]
enum Flavor {
    Int,
    Float,
    Mixed,
}

const ARITH: &[&str] = &["+", "-", "*", "/", "//", "%"];
const BITWISE: &[&str] = &["&", "|", "^"];
const CMPOPS: &[&str] = &["<", "<=", "==", "!=", ">", ">="];
const CALLS1: &[&str] = &[
    "abs",
    "int",
    "float",
    "round",
    "bool",
    "math.sqrt",
    "math.floor",
    "math.ceil",
    "math.sin",
    "math.exp",
    "math.log",
    "math.fabs",
    "math.trunc",
    "math.isnan",
];

/// A generated program: its source, argument lists for the driver, and code to run after
/// the driver's calls.
pub struct Program {
    pub function: String,
    pub calls: Vec<String>,
    pub epilogue: String,
}

/// Builds one function at a time.
pub struct Gen {
    rng: Rng,
    /// The function takes `xs` (a list) and `o` (a `Box`) too.
    objects: bool,
    vars: Vec<String>,
    /// Loop counters: readable, never assigned by generated code (so loops end).
    counters: Vec<String>,
    next_local: usize,
    loop_depth: usize,
    flavor: Flavor,
}

impl Gen {
    pub fn new(seed: u64) -> Self {
        Gen {
            rng: Rng::new(seed),
            objects: false,
            vars: Vec::new(),
            counters: Vec::new(),
            next_local: 0,
            loop_depth: 0,
            flavor: Flavor::Mixed,
        }
    }

    /// A program: one of the special shapes now and then, else a plain function.
    pub fn program(&mut self, name: &str) -> Program {
        match self.rng.below(100) {
            0..=4 => self.code_swap(name),
            5..=7 => self.long_function(name),
            8 => self.recursive_function(name),
            9..=30 => {
                self.objects = true;
                let (function, calls) = self.function(name);
                self.objects = false;
                Program {
                    function,
                    calls,
                    epilogue: String::new(),
                }
            }
            _ => {
                let (function, calls) = self.function(name);
                Program {
                    function,
                    calls,
                    epilogue: String::new(),
                }
            }
        }
    }

    /// `name` and `name_alt` over the same parameters, a caller of `name`, and an epilogue
    /// that calls both, gives `name` the other's code and calls both again.
    fn code_swap(&mut self, name: &str) -> Program {
        let (first, calls) = self.function(name);
        let arity = calls.first().map_or(1, |c| c.split(", ").count());
        let (second, _) = self.function_of_arity(&format!("{name}_alt"), arity);
        let params = ["a", "b", "c"][..arity].join(", ");
        let caller = format!(
            "def {name}_caller({params}):
    return {name}({params})
"
        );
        let mut epilogue = String::new();
        for stage in ["before", "after"] {
            if stage == "after" {
                epilogue.push_str(&format!(
                    "{name}.__code__ = {name}_alt.__code__
"
                ));
            }
            for args in &calls {
                for f in [name.to_owned(), format!("{name}_caller")] {
                    epilogue.push_str(&format!(
                        "try:
    print('{stage}', repr({f}({args})))
except Exception as e:
    print('{stage}', type(e).__name__, e)
"
                    ));
                }
            }
        }
        Program {
            function: format!("{first}{second}{caller}"),
            calls,
            epilogue,
        }
    }

    /// A function far longer (hundreds of sequential `if`s) or deeper (nested `if`s) than
    /// tier 1 takes: the compiler must say why, never crash or stall.
    fn long_function(&mut self, name: &str) -> Program {
        let deep = self.rng.chance(50);
        let n = 300 + self.rng.below(500);
        let mut src = format!(
            "def {name}(a):
    t = 0
"
        );
        if deep {
            for level in 0..n.min(150) {
                let pad = "    ".repeat(level + 1);
                src.push_str(&format!(
                    "{pad}if a > {level}:
{pad}    t += {level}
"
                ));
            }
        } else {
            for i in 0..n {
                src.push_str(&format!(
                    "    if a % {} == {}:
        t += {i}
",
                    2 + i % 7,
                    i % 3
                ));
            }
        }
        src.push_str(
            "    return t
",
        );
        Program {
            function: src,
            calls: vec!["0".into(), "5".into(), "1000".into(), "-3".into()],
            epilogue: String::new(),
        }
    }

    /// A recursion deeper than the default limit allows, under a raised limit (restored
    /// afterwards), and one that overflows it.
    fn recursive_function(&mut self, name: &str) -> Program {
        let depth = 1500 + self.rng.below(4000);
        let function = format!(
            "def {name}(n):
    if n <= 0:
        return 0
    return {name}(n - 1) + 1
"
        );
        let epilogue = format!(
            "import sys as _sys
_old = _sys.getrecursionlimit()
_sys.setrecursionlimit({})
print('deep', {name}({depth}))
_sys.setrecursionlimit(_old)
try:
    print({name}(10 * _old))
except RecursionError:
    print('RecursionError')
",
            depth + 100
        );
        Program {
            function,
            calls: vec!["0".into(), "3".into(), "30".into()],
            epilogue,
        }
    }

    /// A plain function `name` and a few argument tuples to call it with.
    fn function(&mut self, name: &str) -> (String, Vec<String>) {
        let arity = 1 + self.rng.below(3);
        self.function_of_arity(name, arity)
    }

    fn function_of_arity(&mut self, name: &str, arity: usize) -> (String, Vec<String>) {
        let mut params: Vec<String> = ["a", "b", "c"][..arity]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let numeric_params = params.clone();
        self.vars = params.clone();
        if self.objects {
            params.push("xs".to_owned());
            params.push("o".to_owned());
        }
        self.counters.clear();
        self.next_local = 0;
        self.loop_depth = 0;
        self.flavor = *self
            .rng
            .pick(&[Flavor::Int, Flavor::Int, Flavor::Float, Flavor::Mixed]);
        let mut src = format!("def {name}({}):\n", params.join(", "));
        if self.objects {
            // Stored by some statements (one declaration per function, before any use).
            src.push_str("    global TICKS\n");
        }
        let statements = 2 + self.rng.below(5);
        for _ in 0..statements {
            self.statement(&mut src, 1);
        }
        // Now and then the result is an argument unchanged: its identity must survive.
        let ret = match self.rng.below(10) {
            0 => self.rng.pick(&numeric_params).clone(),
            1 if arity > 1 => format!(
                "{}({}, {})",
                self.rng.pick(&["max", "min"]),
                params[0],
                params[1]
            ),
            _ => self.expr(3),
        };
        src.push_str(&format!("    return {ret}\n"));
        let mut calls = Vec::new();
        let values = match self.flavor {
            Flavor::Int => INT_ARGS,
            Flavor::Float => FLOAT_ARGS,
            Flavor::Mixed => MIXED_ARGS,
        };
        for _ in 0..5 {
            let mut args: Vec<&str> = (0..arity).map(|_| *self.rng.pick(values)).collect();
            if self.objects {
                args.push(*self.rng.pick(LIST_ARGS));
                args.push(*self.rng.pick(BOX_ARGS));
            }
            calls.push(args.join(", "));
        }
        (src, calls)
    }

    fn indent(depth: usize) -> String {
        "    ".repeat(depth)
    }

    fn fresh_local(&mut self) -> String {
        let name = format!("v{}", self.next_local);
        self.next_local += 1;
        name
    }

    fn statement(&mut self, src: &mut String, depth: usize) {
        let pad = Self::indent(depth);
        if self.objects && self.rng.chance(30) {
            return self.object_statement(src, depth);
        }
        let choice = if depth > 3 {
            self.rng.below(2)
        } else {
            self.rng.below(7)
        };
        match choice {
            0 => {
                let e = self.expr(3);
                let target = if self.rng.chance(40) || self.vars.is_empty() {
                    let v = self.fresh_local();
                    self.vars.push(v.clone());
                    v
                } else {
                    self.rng.pick(&self.vars).clone()
                };
                src.push_str(&format!("{pad}{target} = {e}\n"));
            }
            1 => {
                let target = self.rng.pick(&self.vars).clone();
                let op = self.rng.pick(&["+", "-", "*", "//", "%", "/"]);
                let e = self.expr(2);
                src.push_str(&format!("{pad}{target} {op}= {e}\n"));
            }
            2 => {
                let c = self.condition();
                src.push_str(&format!("{pad}if {c}:\n"));
                self.block(src, depth + 1);
                if self.rng.chance(50) {
                    src.push_str(&format!("{pad}else:\n"));
                    self.block(src, depth + 1);
                }
            }
            3 if self.loop_depth < 2 => {
                let v = self.fresh_local();
                let most = self.max_iterations();
                let (lo, hi, step) = match self.rng.below(3) {
                    0 => (
                        "0".to_owned(),
                        self.rng.below(most + 1).to_string(),
                        "1".to_owned(),
                    ),
                    1 => {
                        let lo = self.rng.below(20) as i64 - 10;
                        let step = *self.rng.pick(&[1i64, 2, -1, -3]);
                        let hi = lo + step * self.rng.below(most + 1) as i64;
                        (lo.to_string(), hi.to_string(), step.to_string())
                    }
                    _ => (
                        "9223372036854775800".to_owned(),
                        "9223372036854775807".to_owned(),
                        "3".to_owned(),
                    ),
                };
                if self.rng.chance(25) {
                    // A tuple the function builds: a counted loop picking each item.
                    let n = 1 + self.rng.below(most.min(4));
                    let items: Vec<String> = (0..n).map(|_| self.expr(1)).collect();
                    src.push_str(&format!("{pad}for {v} in ({},):\n", items.join(", ")));
                } else {
                    src.push_str(&format!("{pad}for {v} in range({lo}, {hi}, {step}):\n"));
                }
                // The loop variable is unbound after a loop that never ran: keep it inside.
                self.counters.push(v);
                self.loop_depth += 1;
                self.block(src, depth + 1);
                self.loop_depth -= 1;
                self.counters.pop();
            }
            4 if self.loop_depth < 2 => {
                let n = self.fresh_local();
                let bound = 1 + self.rng.below(self.max_iterations());
                src.push_str(&format!("{pad}{n} = 0\n"));
                let c = self.condition();
                src.push_str(&format!("{pad}while ({c}) and {n} < {bound}:\n"));
                let counters = self.counters.len();
                self.counters.push(n.clone());
                self.loop_depth += 1;
                src.push_str(&format!("{}{n} += 1\n", Self::indent(depth + 1)));
                self.block(src, depth + 1);
                if self.rng.chance(20) {
                    let c = self.condition();
                    src.push_str(&format!("{}if {c}:\n", Self::indent(depth + 1)));
                    src.push_str(&format!(
                        "{}{}\n",
                        Self::indent(depth + 2),
                        self.rng.pick(&["break", "continue"])
                    ));
                }
                self.loop_depth -= 1;
                self.counters.truncate(counters);
            }
            5 => {
                let c = self.condition();
                let e = self.expr(2);
                src.push_str(&format!(
                    "{pad}if {c}:\n{}return {e}\n",
                    Self::indent(depth + 1)
                ));
            }
            _ => {
                let target = self.rng.pick(&self.vars).clone();
                let e = self.expr(2);
                let c = self.condition();
                let other = self.expr(1);
                src.push_str(&format!("{pad}{target} = {e} if {c} else {other}\n"));
            }
        }
    }

    /// A statement on `xs` and `o`: a store, or a loop over `xs`.
    fn object_statement(&mut self, src: &mut String, depth: usize) {
        let pad = Self::indent(depth);
        if self.rng.chance(30) {
            return self.call_statement(src, depth);
        }
        match self.rng.below(4) {
            0 => {
                let i = self.index();
                let e = self.expr(2);
                src.push_str(&format!("{pad}xs[{i}] = {e}\n"));
            }
            1 => {
                let attr = self.rng.pick(&["p", "q"]);
                let e = self.expr(2);
                src.push_str(&format!("{pad}o.{attr} = {e}\n"));
            }
            2 => {
                let attr = self.rng.pick(&["p", "q"]);
                // No `*=`: a product squared round a loop grows without bound.
                let op = self.rng.pick(&["+", "-"]);
                let e = self.expr(1);
                src.push_str(&format!("{pad}o.{attr} {op}= {e}\n"));
            }
            // Only outermost: `xs` has up to 5 items, more than a nested loop may run.
            _ if self.loop_depth == 0 => {
                let v = self.fresh_local();
                // Over the list, a slice of it, or the iterators courses use.
                let over = match self.rng.below(6) {
                    0 => format!("_k, {v} in enumerate(xs)"),
                    1 => format!("{v}, _w in zip(xs, xs[::-1])"),
                    2 => format!("{v} in reversed(xs)"),
                    3 => format!("{v} in xs[1:]"),
                    _ => format!("{v} in xs"),
                };
                src.push_str(&format!("{pad}for {over}:\n"));
                self.counters.push(v);
                self.loop_depth += 1;
                self.block(src, depth + 1);
                self.loop_depth -= 1;
                self.counters.pop();
            }
            _ => {
                let i = self.index();
                src.push_str(&format!("{pad}xs[{i}] += 1\n"));
            }
        }
    }

    /// A statement that calls Python code from compiled code: a method that stores, a
    /// `print` (whose order must not change; with keywords too), an f-string, a test with
    /// `in`, or a `try` around code that may raise (in compiled arithmetic or in a call).
    fn call_statement(&mut self, src: &mut String, depth: usize) {
        let pad = Self::indent(depth);
        match self.rng.below(8) {
            7 => {
                // A global stored here and by a function called here (read back in both),
                // and calls leaving parameters to their defaults or naming them.
                let e = self.expr(1);
                let target = self.rng.pick(&self.vars.clone()).clone();
                let line = match self.rng.below(9) {
                    0 => format!("TICKS = (TICKS + int(bool({e}))) % 97\n{pad}{target} = TICKS"),
                    1 => format!("{target} = tick({e}) + TICKS"),
                    2 => format!("{target} = tick({e}, wrap=7, step=2)"),
                    3 => format!("{target} = o.scaled({e})"),
                    4 => format!("{target} = o.scaled({e}, neg=True)"),
                    // Arguments spread from a tuple, a list, a dict (`CALL_FUNCTION_EX`).
                    5 => format!("{target} = tick(*({e},), **{{\"wrap\": 5}})"),
                    6 => format!("{target} = o.scaled(*[{e}, {target}])"),
                    7 => format!("{target} = len([*xs, {e}]) + o.scaled({e}, **{{\"neg\": True}})"),
                    _ => format!("{target} = o.scaled(by=3, k={e})"),
                };
                src.push_str(&format!("{pad}{line}\n"));
            }
            6 => {
                // A comprehension (its variable only lives inside it).
                let v = format!("c{}", self.next_local);
                self.next_local += 1;
                self.counters.push(v.clone());
                let (e, c) = (self.expr(1), self.expr(1));
                self.counters.pop();
                let target = self.rng.pick(&self.vars.clone()).clone();
                let other = self.rng.pick(&self.vars.clone()).clone();
                let comp = match self.rng.below(7) {
                    0 => format!("len([{e} for {v} in xs if {c}])"),
                    1 => format!("len({{{v}: {e} for {v} in xs}})"),
                    // A lambda and a generator expression (made in compiled code).
                    2 => "min(xs, key=lambda z: -z)".to_owned(),
                    3 => format!("sum({v} * 2 for {v} in xs)"),
                    // Ones that capture a variable of the function, which then lives in
                    // a cell of its frame (every read and store of it, everywhere).
                    4 => format!("sum({v} * {other} % 7 for {v} in xs)"),
                    5 => format!("min(xs, key=lambda z: abs(z - {other}))"),
                    _ => format!("[{e} for {v} in xs][-1]"),
                };
                src.push_str(&format!("{pad}{target} = {comp}\n"));
            }
            4 => {
                let e = self.expr(1);
                src.push_str(&format!(
                    "{pad}print('kw', {e}, o.q, sep='|', end=';\\n')\n"
                ));
            }
            5 => {
                let e = self.expr(1);
                let target = self.rng.pick(&self.vars.clone()).clone();
                src.push_str(&format!(
                    "{pad}{target} = 1 if {e} in xs else (2 if o.p not in (0, 1) else 3)\n"
                ));
            }
            0 if self.rng.chance(50) => {
                let e = self.expr(1);
                src.push_str(&format!("{pad}o.bump({e})\n"));
            }
            0 if self.rng.chance(50) => {
                // Stores, then may overflow, raise, or call more methods.
                let e = self.expr(1);
                let target = self.rng.pick(&self.vars.clone()).clone();
                src.push_str(&format!("{pad}{target} = o.shift({e})\n"));
            }
            0 => {
                // A new instance (its `__init__` run directly), used at once.
                let (a, b) = (self.expr(1), self.expr(1));
                let class = self.rng.pick(&["Box", "Crate"]);
                let target = self.rng.pick(&self.vars.clone()).clone();
                src.push_str(&format!("{pad}{target} = {class}({a}, {b}).total()\n"));
            }
            1 if self.rng.chance(40) => {
                // Operators of the class (called straight into compiled code, or run
                // by the host): `__add__`, reflected `__radd__`, `__mul__` (which may
                // raise), `__eq__` (`NotImplemented` for others), `__lt__`.
                let (a, b) = (self.expr(1), self.expr(1));
                let target = self.rng.pick(&self.vars.clone()).clone();
                let op = match self.rng.below(5) {
                    0 => format!("(o + Box({a}, {b})).p"),
                    1 => format!("({a} + o).p"),
                    2 => format!("(o * {a}).p"),
                    3 => format!("1 if o == Box({a}, {b}) else 2"),
                    _ => format!("3 if o < Box({a}, {b}) else 4"),
                };
                src.push_str(&format!("{pad}{target} = {op}\n"));
            }
            1 => {
                let e = self.expr(1);
                src.push_str(&format!("{pad}print('in', {e}, o)\n"));
            }
            2 => {
                let (a, b) = (self.expr(1), self.expr(1));
                src.push_str(&format!("{pad}print(f'{{{a}}} {{{b}!r}} {{o.p}}')\n"));
            }
            _ => {
                let target = self.fresh_local();
                let (a, b) = (self.expr(1), self.expr(1));
                src.push_str(&format!("{pad}try:\n"));
                src.push_str(&format!("{pad}    {target} = divmod({a}, {b})[0]\n"));
                src.push_str(&format!(
                    "{pad}except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:\n"
                ));
                src.push_str(&format!("{pad}    print('caught', type(e).__name__)\n"));
                src.push_str(&format!("{pad}    {target} = 0\n"));
                self.vars.push(target);
            }
        }
    }

    /// An index into `xs` that is always in range (negative ones too).
    fn index(&mut self) -> String {
        match self.rng.below(3) {
            0 => "0".to_owned(),
            1 => "-1".to_owned(),
            _ => "len(xs) // 2".to_owned(),
        }
    }

    /// Iterations a new loop may run: few, and fewer when nested.
    fn max_iterations(&self) -> usize {
        if self.loop_depth == 0 {
            6
        } else {
            2
        }
    }

    fn block(&mut self, src: &mut String, depth: usize) {
        let scope = self.vars.len();
        for _ in 0..1 + self.rng.below(3) {
            self.statement(src, depth);
        }
        // Names first bound inside a branch may be unbound after it: keep them local.
        self.vars.truncate(scope);
    }

    fn condition(&mut self) -> String {
        match self.rng.below(4) {
            0 => {
                let (a, b) = (self.expr(2), self.expr(2));
                format!("{a} {} {b}", self.rng.pick(CMPOPS))
            }
            1 => {
                let (a, b, c) = (self.expr(1), self.expr(1), self.expr(1));
                format!(
                    "{a} {} {b} {} {c}",
                    self.rng.pick(CMPOPS),
                    self.rng.pick(CMPOPS)
                )
            }
            2 => {
                let (a, b) = (self.condition_leaf(), self.condition_leaf());
                format!("{a} {} {b}", self.rng.pick(&["and", "or"]))
            }
            _ => format!("not {}", self.expr(1)),
        }
    }

    fn condition_leaf(&mut self) -> String {
        let (a, b) = (self.expr(1), self.expr(1));
        format!("({a} {} {b})", self.rng.pick(CMPOPS))
    }

    fn leaf(&mut self) -> String {
        let float_share = match self.flavor {
            Flavor::Int => 0,
            Flavor::Float => 8,
            Flavor::Mixed => 4,
        };
        if self.objects && self.rng.chance(25) {
            return match self.rng.below(5) {
                0 => "o.p".to_owned(),
                1 => "o.q".to_owned(),
                2 => "len(xs)".to_owned(),
                3 => "o.total()".to_owned(),
                _ => format!("xs[{}]", self.index()),
            };
        }
        match self.rng.below(10) {
            0..=3 if !self.vars.is_empty() => self.rng.pick(&self.vars).clone(),
            4 if !self.counters.is_empty() => self.rng.pick(&self.counters).clone(),
            n if n < 4 + float_share / 2 + 1 && float_share > 0 => {
                format!("({})", self.rng.pick(FLOAT_EDGES))
            }
            9 if self.flavor == Flavor::Mixed => self.rng.pick(&["True", "False"]).to_string(),
            _ => format!("({})", self.rng.pick(INT_EDGES)),
        }
    }

    fn expr(&mut self, depth: usize) -> String {
        if depth == 0 || self.rng.chance(25) {
            return self.leaf();
        }
        let d = depth - 1;
        let bitwise_ok = self.flavor != Flavor::Float;
        match self.rng.below(10) {
            0..=3 => {
                let (a, b) = (self.expr(d), self.expr(d));
                let op = if bitwise_ok && self.rng.chance(20) {
                    self.rng.pick(BITWISE)
                } else {
                    self.rng.pick(ARITH)
                };
                format!("({a} {op} {b})")
            }
            4 => {
                let ops: &[&str] = if bitwise_ok {
                    &["-", "+", "~", "not "]
                } else {
                    &["-", "+", "not "]
                };
                format!("({}{})", self.rng.pick(ops), self.expr(d))
            }
            5 => format!("({} ** {})", self.expr(d), self.rng.below(3)),
            6 if bitwise_ok => format!(
                "({} {} {})",
                self.expr(d),
                self.rng.pick(&["<<", ">>"]),
                self.rng.below(70)
            ),
            7 => format!("{}({})", self.rng.pick(CALLS1), self.expr(d)),
            8 => {
                let (a, b) = (self.expr(d), self.expr(d));
                let f = self
                    .rng
                    .pick(&["min", "max", "math.atan2", "math.copysign", "math.hypot"]);
                format!("{f}({a}, {b})")
            }
            _ => {
                let (a, b) = (self.expr(d), self.expr(d));
                let c = self.condition_leaf();
                format!("({a} if {c} else {b})")
            }
        }
    }
}
