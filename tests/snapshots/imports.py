#! entry = "roots"
#! args = "int"
#! object_calls = "on"
# `import` in a function: `IMPORT_NAME` of a constant from-list at level 0 is one host
# call (`import math`; `for from` when the from-list is not empty, which the host leaves
# to the interpreter for a package), and `IMPORT_FROM` a plain attribute load
# (`from … import`, never the general load that runs a module's `__getattr__`): both
# bail, at their own instruction, wherever the interpreter would run Python code.
def roots(n):
    total = 0.0
    for i in range(n):
        import math as m
        from math import sqrt
        total += sqrt(i) + m.floor(1.5)
    return total
# ==== expected
# f0: fn roots(n: int) -> int|float|object
#   b0:  ; line 9
#     total: int|float|object = const 0.0
#     v6, v7, v8 = range(n)
#     jump b1
#   b1:  ; line 11
#     for s1.b2 in v6..v7 by v8 (v6), b2, b3
#   b2:  ; line 11
#     i: int = copy s1.b2
#     v11: int = const 0
#     v12: None = const None
#     m: object = import math
#     v14: int = const 0
#     v15: object = import math for from
#     sqrt: object = from v15 import sqrt
#     v17: object = call sqrt, i
#     v18: float = const 1.5
#     v19: object = call .floor() m, v18 (else from point 24)
#     v20: int|float|object = add v17, v19
#     total: int|float|object = add total, v20
#     jump b1
#   b3:  ; line 11
#     return total
# guard range is Builtin(Range)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32 i32) (result i32)))
#   (type (;3;) (func (param i32) (result i64)))
#   (type (;4;) (func (param i32 i32 i64 i32)))
#   (type (;5;) (func (param i32 i32 i32)))
#   (type (;6;) (func (param i32 i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;7;) (func (param i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;8;) (func (param i32 i64 i32 i32 i64 i32 i32) (result i32)))
#   (type (;9;) (func (result i64)))
#   (type (;10;) (func (param i64) (result i32 i64)))
#   (type (;11;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_getattr" (func $obj_getattr (;2;) (type 2)))
#   (import "pave" "obj_unbox" (func $obj_unbox (;3;) (type 3)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;4;) (type 0)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;5;) (type 4)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;6;) (type 5)))
#   (import "pave" "obj_call" (func $obj_call (;7;) (type 6)))
#   (import "pave" "obj_callmethod" (func $obj_callmethod (;8;) (type 7)))
#   (import "pave" "obj_binary" (func $obj_binary (;9;) (type 8)))
#   (import "pave" "obj_unbox_payload" (func $obj_unbox_payload (;10;) (type 9)))
#   (import "pave" "obj_import" (func $obj_import (;11;) (type 2)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $roots (;12;) (type 10) (param i64) (result i32 i64)
#     (local i32 i64 i64 i32 i32 i64 i64 i64 i64 i64 i64 i32 i32 f64 i32 i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 f64 i64 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i64 i32 i32 i64 i64 i64 i32 i64 i64 i64 i64 f64 f64 f64 f64 f64 f64 f64 f64 f64 i32 i32 i32 i64 i64 i64 i32 i32 i64 i64 i64 i32 i64 i64 i64 i64 f64 f64 f64 f64 f64 f64 f64 f64 f64 i32 i32 i32 i64 i64 f64 i32)
#     i32.const 1
#     local.set 23
#     i32.const 1
#     local.set 18
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
#       i32.const 0
#       i64.const 0
#       return
#     end
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 24
#     block ;; label = @1
#       f64.const 0x0p+0 (;=0;)
#       local.set 26
#       local.get 1
#       i32.const 4
#       i32.eq
#       if ;; label = @2
#         local.get 2
#         i64.const 4
#         i64.gt_u
#         if ;; label = @3
#           local.get 2
#           i32.wrap_i64
#           call $obj_drop
#         end
#       end
#       local.get 26
#       i64.reinterpret_f64
#       local.set 2
#       i32.const 2
#       local.set 1
#       i32.const 1
#       local.set 19
#       local.get 0
#       local.set 27
#       i64.const 0
#       local.set 6
#       local.get 27
#       local.set 7
#       i64.const 1
#       local.set 8
#       loop ;; label = @2
#         global.get 4
#         i32.const 1
#         i32.sub
#         global.set 4
#         global.get 4
#         i32.eqz
#         if ;; label = @3
#           i32.const 65536
#           global.set 4
#           call $poll
#           if ;; label = @4
#             i32.const 25
#             global.set 0
#             i32.const 0
#             i64.const 0
#             return
#           end
#         end
#         local.get 6
#         local.get 7
#         i64.lt_s
#         local.get 6
#         local.get 7
#         i64.gt_s
#         local.get 8
#         i64.const 0
#         i64.gt_s
#         select
#         if ;; label = @3
#           local.get 6
#           local.set 9
#           local.get 6
#           local.get 8
#           i64.add
#           local.set 28
#           local.get 28
#           local.get 7
#           local.get 6
#           local.get 28
#           i64.xor
#           local.get 8
#           local.get 28
#           i64.xor
#           i64.and
#           i64.const 0
#           i64.ge_s
#           select
#           local.set 6
#           local.get 9
#           local.set 3
#           i32.const 1
#           local.set 20
#           i64.const 0
#           local.set 10
#           i32.const 0
#           i32.const 0
#           call $obj_import
#           local.tee 29
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 11
#             local.set 25
#             br 3 (;@1;)
#           end
#           local.get 29
#           local.set 30
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 30
#           local.set 4
#           i32.const 1
#           local.set 21
#           i64.const 0
#           local.set 11
#           i32.const 0
#           i32.const 1
#           call $obj_import
#           local.tee 31
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 15
#             local.set 25
#             br 3 (;@1;)
#           end
#           local.get 31
#           local.set 32
#           local.get 12
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 12
#             call $obj_drop
#           end
#           local.get 32
#           local.set 12
#           local.get 12
#           i32.const 1
#           call $obj_getattr
#           local.tee 33
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 16
#             local.set 25
#             br 3 (;@1;)
#           end
#           local.get 33
#           local.set 34
#           local.get 5
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 5
#             call $obj_drop
#           end
#           local.get 34
#           local.set 5
#           i32.const 1
#           local.set 22
#           local.get 12
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 12
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 12
#           local.get 5
#           i32.const 0
#           i32.const 22
#           i32.const 1
#           i32.const 1
#           local.get 3
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           call $obj_call
#           local.tee 35
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 22
#             local.set 25
#             br 3 (;@1;)
#           end
#           local.get 35
#           local.set 36
#           local.get 13
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 13
#             call $obj_drop
#           end
#           local.get 36
#           local.set 13
#           f64.const 0x1.8p+0 (;=1.5;)
#           local.set 14
#           i32.const 270073858
#           i32.const 25
#           i32.const 2
#           i32.const 4
#           local.get 4
#           i64.extend_i32_u
#           i32.const 0
#           i32.const 2
#           local.get 14
#           i64.reinterpret_f64
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           call $obj_callmethod
#           local.tee 37
#           i32.const -2
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 24
#             local.set 25
#             br 3 (;@1;)
#           end
#           local.get 37
#           local.tee 38
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 25
#             local.set 25
#             br 3 (;@1;)
#           end
#           local.get 38
#           local.set 39
#           local.get 15
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 15
#             call $obj_drop
#           end
#           local.get 39
#           local.set 15
#           block ;; label = @4
#             block ;; label = @5
#               local.get 13
#               call $obj_unbox
#               local.tee 42
#               local.set 43
#               i32.const 2
#               local.set 44
#               local.get 42
#               i64.const 48
#               i64.shr_u
#               i64.const 65529
#               i64.ge_u
#               if ;; label = @6
#                 local.get 42
#                 i64.const 48
#                 i64.shr_u
#                 i64.const 65529
#                 i64.eq
#                 if ;; label = @7
#                   i32.const 1
#                   local.set 44
#                   local.get 42
#                   i64.const 16
#                   i64.shl
#                   i64.const 16
#                   i64.shr_s
#                   local.set 43
#                 else
#                   local.get 42
#                   i64.const -281474976710656
#                   i64.eq
#                   if ;; label = @8
#                     call $obj_unbox_tag
#                     local.set 44
#                     call $obj_unbox_payload
#                     local.set 43
#                   else
#                     i32.const -1
#                     local.set 44
#                   end
#                 end
#               end
#               local.get 44
#               i32.const -1
#               i32.eq
#               if ;; label = @6
#                 br 1 (;@5;)
#               end
#               local.get 44
#               local.set 40
#               local.get 43
#               local.set 41
#               local.get 15
#               call $obj_unbox
#               local.tee 47
#               local.set 48
#               i32.const 2
#               local.set 49
#               local.get 47
#               i64.const 48
#               i64.shr_u
#               i64.const 65529
#               i64.ge_u
#               if ;; label = @6
#                 local.get 47
#                 i64.const 48
#                 i64.shr_u
#                 i64.const 65529
#                 i64.eq
#                 if ;; label = @7
#                   i32.const 1
#                   local.set 49
#                   local.get 47
#                   i64.const 16
#                   i64.shl
#                   i64.const 16
#                   i64.shr_s
#                   local.set 48
#                 else
#                   local.get 47
#                   i64.const -281474976710656
#                   i64.eq
#                   if ;; label = @8
#                     call $obj_unbox_tag
#                     local.set 49
#                     call $obj_unbox_payload
#                     local.set 48
#                   else
#                     i32.const -1
#                     local.set 49
#                   end
#                 end
#               end
#               local.get 49
#               i32.const -1
#               i32.eq
#               if ;; label = @6
#                 br 1 (;@5;)
#               end
#               local.get 49
#               local.set 45
#               local.get 48
#               local.set 46
#               local.get 40
#               i32.const 1
#               i32.eq
#               if ;; label = @6
#                 local.get 45
#                 i32.const 1
#                 i32.eq
#                 if ;; label = @7
#                   local.get 41
#                   local.set 50
#                   local.get 46
#                   local.set 51
#                   local.get 50
#                   local.get 51
#                   i64.add
#                   local.set 52
#                   local.get 50
#                   local.get 52
#                   i64.xor
#                   local.get 51
#                   local.get 52
#                   i64.xor
#                   i64.and
#                   i64.const 0
#                   i64.lt_s
#                   if ;; label = @8
#                     i32.const 16
#                     global.set 0
#                     i32.const 26
#                     local.set 25
#                     br 7 (;@1;)
#                   end
#                   local.get 52
#                   local.set 53
#                   local.get 16
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 17
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 17
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 53
#                   local.set 17
#                   i32.const 1
#                   local.set 16
#                 else
#                   local.get 41
#                   f64.convert_i64_s
#                   local.set 54
#                   local.get 46
#                   f64.reinterpret_i64
#                   local.set 55
#                   local.get 54
#                   local.get 55
#                   f64.add
#                   local.set 56
#                   local.get 16
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 17
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 17
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 56
#                   i64.reinterpret_f64
#                   local.set 17
#                   i32.const 2
#                   local.set 16
#                 end
#               else
#                 local.get 45
#                 i32.const 1
#                 i32.eq
#                 if ;; label = @7
#                   local.get 41
#                   f64.reinterpret_i64
#                   local.set 57
#                   local.get 46
#                   f64.convert_i64_s
#                   local.set 58
#                   local.get 57
#                   local.get 58
#                   f64.add
#                   local.set 59
#                   local.get 16
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 17
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 17
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 59
#                   i64.reinterpret_f64
#                   local.set 17
#                   i32.const 2
#                   local.set 16
#                 else
#                   local.get 41
#                   f64.reinterpret_i64
#                   local.set 60
#                   local.get 46
#                   f64.reinterpret_i64
#                   local.set 61
#                   local.get 60
#                   local.get 61
#                   f64.add
#                   local.set 62
#                   local.get 16
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 17
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 17
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 62
#                   i64.reinterpret_f64
#                   local.set 17
#                   i32.const 2
#                   local.set 16
#                 end
#               end
#               br 1 (;@4;)
#             end
#             i32.const 4
#             local.get 13
#             i64.extend_i32_u
#             i32.const 0
#             i32.const 4
#             local.get 15
#             i64.extend_i32_u
#             i32.const 0
#             i32.const 1769984
#             call $obj_binary
#             local.tee 63
#             i32.const -1
#             i32.eq
#             if ;; label = @5
#               i32.const 26
#               global.set 0
#               i32.const 26
#               local.set 25
#               br 4 (;@1;)
#             end
#             local.get 63
#             local.set 64
#             local.get 16
#             i32.const 4
#             i32.eq
#             if ;; label = @5
#               local.get 17
#               i64.const 4
#               i64.gt_u
#               if ;; label = @6
#                 local.get 17
#                 i32.wrap_i64
#                 call $obj_drop
#               end
#             end
#             local.get 64
#             i64.extend_i32_u
#             local.set 17
#             i32.const 4
#             local.set 16
#           end
#           local.get 13
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 13
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 13
#           local.get 15
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 15
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 15
#           block ;; label = @4
#             block ;; label = @5
#               local.get 1
#               i32.const 1
#               i32.eq
#               if ;; label = @6
#                 local.get 2
#                 local.set 66
#                 i32.const 1
#                 local.set 65
#               else
#                 local.get 1
#                 i32.const 2
#                 i32.eq
#                 if ;; label = @7
#                   local.get 2
#                   f64.reinterpret_i64
#                   i64.reinterpret_f64
#                   local.set 66
#                   i32.const 2
#                   local.set 65
#                 else
#                   local.get 2
#                   i32.wrap_i64
#                   call $obj_unbox
#                   local.tee 67
#                   local.set 68
#                   i32.const 2
#                   local.set 69
#                   local.get 67
#                   i64.const 48
#                   i64.shr_u
#                   i64.const 65529
#                   i64.ge_u
#                   if ;; label = @8
#                     local.get 67
#                     i64.const 48
#                     i64.shr_u
#                     i64.const 65529
#                     i64.eq
#                     if ;; label = @9
#                       i32.const 1
#                       local.set 69
#                       local.get 67
#                       i64.const 16
#                       i64.shl
#                       i64.const 16
#                       i64.shr_s
#                       local.set 68
#                     else
#                       local.get 67
#                       i64.const -281474976710656
#                       i64.eq
#                       if ;; label = @10
#                         call $obj_unbox_tag
#                         local.set 69
#                         call $obj_unbox_payload
#                         local.set 68
#                       else
#                         i32.const -1
#                         local.set 69
#                       end
#                     end
#                   end
#                   local.get 69
#                   i32.const -1
#                   i32.eq
#                   if ;; label = @8
#                     br 3 (;@5;)
#                   end
#                   local.get 69
#                   local.set 65
#                   local.get 68
#                   local.set 66
#                 end
#               end
#               local.get 16
#               i32.const 1
#               i32.eq
#               if ;; label = @6
#                 local.get 17
#                 local.set 71
#                 i32.const 1
#                 local.set 70
#               else
#                 local.get 16
#                 i32.const 2
#                 i32.eq
#                 if ;; label = @7
#                   local.get 17
#                   f64.reinterpret_i64
#                   i64.reinterpret_f64
#                   local.set 71
#                   i32.const 2
#                   local.set 70
#                 else
#                   local.get 17
#                   i32.wrap_i64
#                   call $obj_unbox
#                   local.tee 72
#                   local.set 73
#                   i32.const 2
#                   local.set 74
#                   local.get 72
#                   i64.const 48
#                   i64.shr_u
#                   i64.const 65529
#                   i64.ge_u
#                   if ;; label = @8
#                     local.get 72
#                     i64.const 48
#                     i64.shr_u
#                     i64.const 65529
#                     i64.eq
#                     if ;; label = @9
#                       i32.const 1
#                       local.set 74
#                       local.get 72
#                       i64.const 16
#                       i64.shl
#                       i64.const 16
#                       i64.shr_s
#                       local.set 73
#                     else
#                       local.get 72
#                       i64.const -281474976710656
#                       i64.eq
#                       if ;; label = @10
#                         call $obj_unbox_tag
#                         local.set 74
#                         call $obj_unbox_payload
#                         local.set 73
#                       else
#                         i32.const -1
#                         local.set 74
#                       end
#                     end
#                   end
#                   local.get 74
#                   i32.const -1
#                   i32.eq
#                   if ;; label = @8
#                     br 3 (;@5;)
#                   end
#                   local.get 74
#                   local.set 70
#                   local.get 73
#                   local.set 71
#                 end
#               end
#               local.get 65
#               i32.const 1
#               i32.eq
#               if ;; label = @6
#                 local.get 70
#                 i32.const 1
#                 i32.eq
#                 if ;; label = @7
#                   local.get 66
#                   local.set 75
#                   local.get 71
#                   local.set 76
#                   local.get 75
#                   local.get 76
#                   i64.add
#                   local.set 77
#                   local.get 75
#                   local.get 77
#                   i64.xor
#                   local.get 76
#                   local.get 77
#                   i64.xor
#                   i64.and
#                   i64.const 0
#                   i64.lt_s
#                   if ;; label = @8
#                     i32.const 16
#                     global.set 0
#                     i32.const 27
#                     local.set 25
#                     br 7 (;@1;)
#                   end
#                   local.get 77
#                   local.set 78
#                   local.get 1
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 2
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 2
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 78
#                   local.set 2
#                   i32.const 1
#                   local.set 1
#                   i32.const 1
#                   local.set 19
#                 else
#                   local.get 66
#                   f64.convert_i64_s
#                   local.set 79
#                   local.get 71
#                   f64.reinterpret_i64
#                   local.set 80
#                   local.get 79
#                   local.get 80
#                   f64.add
#                   local.set 81
#                   local.get 1
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 2
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 2
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 81
#                   i64.reinterpret_f64
#                   local.set 2
#                   i32.const 2
#                   local.set 1
#                   i32.const 1
#                   local.set 19
#                 end
#               else
#                 local.get 70
#                 i32.const 1
#                 i32.eq
#                 if ;; label = @7
#                   local.get 66
#                   f64.reinterpret_i64
#                   local.set 82
#                   local.get 71
#                   f64.convert_i64_s
#                   local.set 83
#                   local.get 82
#                   local.get 83
#                   f64.add
#                   local.set 84
#                   local.get 1
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 2
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 2
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 84
#                   i64.reinterpret_f64
#                   local.set 2
#                   i32.const 2
#                   local.set 1
#                   i32.const 1
#                   local.set 19
#                 else
#                   local.get 66
#                   f64.reinterpret_i64
#                   local.set 85
#                   local.get 71
#                   f64.reinterpret_i64
#                   local.set 86
#                   local.get 85
#                   local.get 86
#                   f64.add
#                   local.set 87
#                   local.get 1
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 2
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 2
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 87
#                   i64.reinterpret_f64
#                   local.set 2
#                   i32.const 2
#                   local.set 1
#                   i32.const 1
#                   local.set 19
#                 end
#               end
#               br 1 (;@4;)
#             end
#             local.get 1
#             local.get 2
#             i32.const 0
#             local.get 16
#             local.get 17
#             i32.const 0
#             i32.const 1835776
#             call $obj_binary
#             local.tee 88
#             i32.const -1
#             i32.eq
#             if ;; label = @5
#               i32.const 26
#               global.set 0
#               i32.const 27
#               local.set 25
#               br 4 (;@1;)
#             end
#             local.get 88
#             local.set 89
#             local.get 1
#             i32.const 4
#             i32.eq
#             if ;; label = @5
#               local.get 2
#               i64.const 4
#               i64.gt_u
#               if ;; label = @6
#                 local.get 2
#                 i32.wrap_i64
#                 call $obj_drop
#               end
#             end
#             local.get 89
#             i64.extend_i32_u
#             local.set 2
#             i32.const 4
#             local.set 1
#             i32.const 1
#             local.set 19
#           end
#           local.get 16
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 17
#             i64.const 4
#             i64.gt_u
#             if ;; label = @5
#               local.get 17
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           i32.const 3
#           local.set 16
#           br 1 (;@2;)
#         else
#           local.get 1
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 2
#             local.set 92
#             local.get 90
#             i32.const 4
#             i32.eq
#             if ;; label = @5
#               local.get 91
#               i64.const 4
#               i64.gt_u
#               if ;; label = @6
#                 local.get 91
#                 i32.wrap_i64
#                 call $obj_drop
#               end
#             end
#             local.get 92
#             local.set 91
#             i32.const 1
#             local.set 90
#           else
#             local.get 1
#             i32.const 2
#             i32.eq
#             if ;; label = @5
#               local.get 2
#               f64.reinterpret_i64
#               local.set 93
#               local.get 90
#               i32.const 4
#               i32.eq
#               if ;; label = @6
#                 local.get 91
#                 i64.const 4
#                 i64.gt_u
#                 if ;; label = @7
#                   local.get 91
#                   i32.wrap_i64
#                   call $obj_drop
#                 end
#               end
#               local.get 93
#               i64.reinterpret_f64
#               local.set 91
#               i32.const 2
#               local.set 90
#             else
#               local.get 2
#               i32.wrap_i64
#               local.set 94
#               local.get 90
#               i32.const 4
#               i32.eq
#               if ;; label = @6
#                 local.get 91
#                 i64.const 4
#                 i64.gt_u
#                 if ;; label = @7
#                   local.get 91
#                   i32.wrap_i64
#                   call $obj_drop
#                 end
#               end
#               local.get 94
#               i64.extend_i32_u
#               local.set 91
#               i32.const 4
#               local.set 90
#             end
#           end
#           i32.const 3
#           local.set 1
#           local.get 90
#           local.get 91
#           i32.const 3
#           local.set 90
#           local.get 1
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 2
#             i64.const 4
#             i64.gt_u
#             if ;; label = @5
#               local.get 2
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 5
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 5
#             call $obj_drop
#           end
#           local.get 12
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 12
#             call $obj_drop
#           end
#           local.get 13
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 13
#             call $obj_drop
#           end
#           local.get 15
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 15
#             call $obj_drop
#           end
#           local.get 16
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 17
#             i64.const 4
#             i64.gt_u
#             if ;; label = @5
#               local.get 17
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           global.get 2
#           i32.const 1
#           i32.sub
#           global.set 2
#           return
#         end
#       end
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i32.const 0
#       i64.const 0
#       return
#     end
#     local.get 18
#     if ;; label = @1
#       i32.const 0
#       i32.const 1
#       local.get 0
#       local.get 23
#       i32.const 0
#       local.get 23
#       i32.const 48
#       i32.gt_u
#       local.get 24
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 19
#     if ;; label = @1
#       i32.const 1
#       local.get 1
#       local.get 2
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 20
#     if ;; label = @1
#       i32.const 2
#       i32.const 1
#       local.get 3
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 21
#     if ;; label = @1
#       i32.const 3
#       i32.const 4
#       local.get 4
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 22
#     if ;; label = @1
#       i32.const 4
#       i32.const 4
#       local.get 5
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     i32.const 6
#     i32.const 1
#     local.get 6
#     i32.const 0
#     call $obj_resume_var
#     i32.const 7
#     i32.const 1
#     local.get 7
#     i32.const 0
#     call $obj_resume_var
#     i32.const 8
#     i32.const 1
#     local.get 8
#     i32.const 0
#     call $obj_resume_var
#     local.get 25
#     i32.const 11
#     i32.eq
#     if ;; label = @1
#       i32.const 11
#       i32.const 1
#       local.get 10
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 25
#     i32.const 11
#     i32.eq
#     if ;; label = @1
#       i32.const 12
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 25
#     i32.const 15
#     i32.eq
#     if ;; label = @1
#       i32.const 14
#       i32.const 1
#       local.get 11
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 25
#     i32.const 16
#     i32.eq
#     if ;; label = @1
#       i32.const 15
#       i32.const 4
#       local.get 12
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 25
#     i32.const 24
#     i32.eq
#     local.get 25
#     i32.const 25
#     i32.eq
#     i32.or
#     local.get 25
#     i32.const 26
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 17
#       i32.const 4
#       local.get 13
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 25
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i32.const 18
#       i32.const 2
#       local.get 14
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 25
#     i32.const 26
#     i32.eq
#     if ;; label = @1
#       i32.const 19
#       i32.const 4
#       local.get 15
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 25
#     i32.const 27
#     i32.eq
#     if ;; label = @1
#       i32.const 20
#       local.get 16
#       local.get 17
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 25
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i32.const 0
#     i64.const 0
#     return
#   )
#   (func $entry (;13;) (type 11) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32 i32 i32 i32 i32 i32)
#     global.get 0
#     local.set 12
#     global.get 2
#     local.set 13
#     global.get 3
#     local.set 14
#     global.get 4
#     local.set 15
#     global.get 5
#     local.set 16
#     i32.const 0
#     global.set 0
#     i32.const 0
#     global.set 2
#     local.get 9
#     global.set 3
#     i32.const 65536
#     global.set 4
#     local.get 0
#     call $roots
#     local.set 10
#     local.set 11
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 12
#     global.set 0
#     local.get 13
#     global.set 2
#     local.get 14
#     global.set 3
#     local.get 15
#     global.set 4
#     local.get 16
#     global.set 5
#     local.get 10
#   )
#   (func $status (;14;) (type 0) (result i32)
#     global.get 1
#   )
#   (@custom "pave-names" (after code) "math\0asqrt\0afloor")
# )
