#! entry = "outer"
#! args = "float"
# A call to another global function compiles it into the same module.
def inner(x):
    return x * x + 1.0

def outer(x):
    return inner(x) + inner(x + 1.0)
# ==== expected
# f0: fn outer(x: float) -> float
#   b0:  ; line 7
#     v1: float = call f1(x)
#     v2: float = const 1.0
#     v3: float = add x, v2
#     v4: float = call f1(v3)
#     v5: float = add v1, v4
#     return v5
# f1: fn inner(x: float) -> float
#   b0:  ; line 4
#     v1: float = mul x, x
#     v2: float = const 1.0
#     v3: float = add v1, v2
#     return v3
# guard inner is Function(FunctionId(1))
#
# (module $pave-jit
#   (type (;0;) (func (param f64) (result f64)))
#   (type (;1;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (type (;2;) (func (result i32)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $outer (;0;) (type 0) (param f64) (result f64)
#     (local f64 f64 f64 f64 f64 f64 f64 f64 f64)
#     global.get 2
#     i32.const 1
#     i32.add
#     global.set 2
#     global.get 2
#     global.get 3
#     i32.gt_s
#     if ;; label = @1
#       i32.const 22
#       global.set 0
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.get 0
#     call $inner
#     global.get 0
#     if ;; label = @1
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.set 1
#     f64.const 0x1p+0 (;=1;)
#     local.set 2
#     local.get 0
#     local.set 6
#     local.get 2
#     local.set 7
#     local.get 6
#     local.get 7
#     f64.add
#     local.set 3
#     local.get 3
#     call $inner
#     global.get 0
#     if ;; label = @1
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.set 4
#     local.get 1
#     local.set 8
#     local.get 4
#     local.set 9
#     local.get 8
#     local.get 9
#     f64.add
#     local.set 5
#     local.get 5
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $inner (;1;) (type 0) (param f64) (result f64)
#     (local f64 f64 f64 f64 f64 f64 f64)
#     global.get 2
#     i32.const 1
#     i32.add
#     global.set 2
#     global.get 2
#     global.get 3
#     i32.gt_s
#     if ;; label = @1
#       i32.const 22
#       global.set 0
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.get 0
#     local.set 4
#     local.get 0
#     local.set 5
#     local.get 4
#     local.get 5
#     f64.mul
#     local.set 1
#     f64.const 0x1p+0 (;=1;)
#     local.set 2
#     local.get 1
#     local.set 6
#     local.get 2
#     local.set 7
#     local.get 6
#     local.get 7
#     f64.add
#     local.set 3
#     local.get 3
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $entry (;2;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32)
#     i32.const 0
#     global.set 0
#     i32.const 0
#     global.set 2
#     local.get 9
#     global.set 3
#     i32.const 65536
#     global.set 4
#     local.get 0
#     f64.reinterpret_i64
#     call $outer
#     i64.reinterpret_f64
#     local.set 10
#     i32.const 2
#     local.set 11
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 10
#   )
#   (func $status (;3;) (type 2) (result i32)
#     global.get 1
#   )
# )
