#! entry = "divmod_"
#! args = "int, int"
# Returning a tuple from the root: its items go to the host through globals.
def divmod_(a, b):
    return a // b, a % b
# ==== expected
# f0: fn divmod_(a: int, b: int) -> (int, int)
#   b0:  ; line 4
#     v2: int = floordiv a, b
#     v3: int = mod a, b
#     return (v2, v3)
#
# (module $pave-jit
#   (type (;0;) (func (param i64 i64)))
#   (type (;1;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (type (;2;) (func (result i32)))
#   (type (;3;) (func (param i32) (result i64)))
#   (type (;4;) (func (param i32) (result i32)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (global (;6;) (mut i32) i32.const 0)
#   (global (;7;) (mut i64) i64.const 0)
#   (global (;8;) (mut i32) i32.const 0)
#   (global (;9;) (mut i64) i64.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (export "item" (func $item))
#   (export "item_tag" (func $item_tag))
#   (export "item_tag.0" (global 6))
#   (export "item.0" (global 7))
#   (export "item_tag.1" (global 8))
#   (export "item.1" (global 9))
#   (func $divmod_ (;0;) (type 0) (param i64 i64)
#     (local i64 i64 i64 i64 i64 i64 i64)
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
#       return
#     end
#     local.get 0
#     local.set 4
#     local.get 1
#     local.set 5
#     local.get 5
#     i64.eqz
#     if ;; label = @1
#       i32.const 17
#       global.set 0
#       return
#     end
#     local.get 4
#     i64.const -9223372036854775808
#     i64.eq
#     local.get 5
#     i64.const -1
#     i64.eq
#     i32.and
#     if ;; label = @1
#       i32.const 16
#       global.set 0
#       return
#     end
#     local.get 4
#     local.get 5
#     i64.div_s
#     local.get 4
#     local.get 5
#     i64.rem_s
#     i64.const 0
#     i64.ne
#     local.get 4
#     local.get 5
#     i64.xor
#     i64.const 0
#     i64.lt_s
#     i32.and
#     i64.extend_i32_u
#     i64.sub
#     local.set 2
#     local.get 0
#     local.set 6
#     local.get 1
#     local.set 7
#     local.get 7
#     i64.eqz
#     if ;; label = @1
#       i32.const 17
#       global.set 0
#       return
#     end
#     local.get 6
#     local.get 7
#     i64.rem_s
#     local.tee 8
#     local.get 7
#     i64.const 0
#     local.get 8
#     i64.const 0
#     i64.ne
#     local.get 8
#     local.get 7
#     i64.xor
#     i64.const 0
#     i64.lt_s
#     i32.and
#     select
#     i64.add
#     local.set 3
#     i32.const 0
#     i32.const 8
#     i32.shl
#     i32.const 1
#     i32.or
#     global.set 6
#     local.get 2
#     global.set 7
#     i32.const 0
#     i32.const 8
#     i32.shl
#     i32.const 1
#     i32.or
#     global.set 8
#     local.get 3
#     global.set 9
#     global.get 2
#     i32.const 1
#     i32.sub
#     global.set 2
#     return
#     unreachable
#   )
#   (func $entry (;1;) (type 1) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     local.get 1
#     call $divmod_
#     i64.const 0
#     local.set 10
#     i32.const 5
#     local.set 11
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 10
#   )
#   (func $status (;2;) (type 2) (result i32)
#     global.get 1
#   )
#   (func $item (;3;) (type 3) (param i32) (result i64)
#     local.get 0
#     i32.const 0
#     i32.eq
#     if ;; label = @1
#       global.get 7
#       return
#     end
#     local.get 0
#     i32.const 1
#     i32.eq
#     if ;; label = @1
#       global.get 9
#       return
#     end
#     i64.const 0
#   )
#   (func $item_tag (;4;) (type 4) (param i32) (result i32)
#     local.get 0
#     i32.const 0
#     i32.eq
#     if ;; label = @1
#       global.get 6
#       return
#     end
#     local.get 0
#     i32.const 1
#     i32.eq
#     if ;; label = @1
#       global.get 8
#       return
#     end
#     i32.const -1
#   )
# )
