#! entry = "words"
#! args = "int, int"
#! object_calls = "on"
# An item read only by an operator is fused into a numeric load (`getitem.num`) unless
# the operator's other operand is never a number: `w` starts as a string constant, so
# `w += SYLLABLES[k]` concatenates strings and `SYLLABLES[k]` stays an object. Fused,
# the load met a `str` at its first run and bailed (a driver's `main` would then finish
# in the interpreter).
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pa"]

def words(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        length = 1 + seed % 3
        w = ""
        for k in range(length):
            w += SYLLABLES[k]
        out.append(w)
    return out, seed
# ==== expected
# f0: fn words(n: int, seed: int) -> (object, int)
#   b0:  ; line 11
#     out: object = build.list 
#     v8, v9, v10 = range(n)
#     jump b1
#   b1:  ; line 13
#     for s1.b2 in v8..v9 by v10 (v8), b2, b6
#   b2:  ; line 13
#     _: int = copy s1.b2
#     v13: int = const 1103515245
#     v14: int = mul seed, v13
#     v15: int = const 12345
#     v16: int = add v14, v15
#     v17: int = const 2147483648
#     seed: int = mod v16, v17
#     v19: int = const 1
#     v20: int = const 3
#     v21: int = mod seed, v20
#     length: int = add v19, v21
#     w: int|float|object = str ""
#     v24, v25, v26 = range(length)
#     jump b3
#   b3:  ; line 17
#     for s2.b4 in v24..v25 by v26 (v24), b4, b5
#   b4:  ; line 17
#     k: int = copy s2.b4
#     v29: object = global SYLLABLES
#     v30: object = getitem v29, k
#     w: int|float|object = add w, v30
#     jump b3
#   b5:  ; line 17
#     v32: object = call .append() out, w (else from point 40)
#     jump b1
#   b6:  ; line 13
#     return (out, seed)
# guard range is Builtin(Range)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32) (result i32)))
#   (type (;3;) (func (param i32 i32 i64 i32) (result i32)))
#   (type (;4;) (func (param i32) (result i64)))
#   (type (;5;) (func (param i32 i32 i64 i32)))
#   (type (;6;) (func (param i32 i32 i32)))
#   (type (;7;) (func (param i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;8;) (func (param i32 i64 i32 i32 i64 i32 i32) (result i32)))
#   (type (;9;) (func (result i64)))
#   (type (;10;) (func (param i64 i64)))
#   (type (;11;) (func (param i64 i64) (result i64 i32)))
#   (type (;12;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_dup" (func $obj_dup (;2;) (type 2)))
#   (import "pave" "obj_getitem" (func $obj_getitem (;3;) (type 3)))
#   (import "pave" "obj_unbox" (func $obj_unbox (;4;) (type 4)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;5;) (type 0)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;6;) (type 5)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;7;) (type 6)))
#   (import "pave" "obj_global" (func $obj_global (;8;) (type 2)))
#   (import "pave" "obj_callmethod" (func $obj_callmethod (;9;) (type 7)))
#   (import "pave" "obj_build" (func $obj_build (;10;) (type 7)))
#   (import "pave" "obj_binary" (func $obj_binary (;11;) (type 8)))
#   (import "pave" "obj_unbox_payload" (func $obj_unbox_payload (;12;) (type 9)))
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
#   (func $words (;13;) (type 10) (param i64 i64)
#     (local i32 i64 i64 i32 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i64 i64 i32 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i32 i64 i64 i32 i32 i32 i32 i32 i64 i64 i64 i32 i32 i64 i64 i64 i32 i64 i64 i64 i64 f64 f64 f64 f64 f64 f64 f64 f64 f64 i32 i32 i32 i32 i32)
#     i32.const 1
#     local.set 34
#     i32.const 2
#     local.set 35
#     i32.const 1
#     local.set 27
#     i32.const 1
#     local.set 28
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
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 36
#     block ;; label = @1
#       i32.const 1
#       i32.const 0
#       i32.const 0
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       call $obj_build
#       local.tee 38
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 1
#         local.set 37
#         br 1 (;@1;)
#       end
#       local.get 38
#       local.set 39
#       local.get 2
#       i32.const 5
#       i32.gt_u
#       if ;; label = @2
#         local.get 2
#         call $obj_drop
#       end
#       local.get 39
#       local.set 2
#       i32.const 1
#       local.set 29
#       local.get 0
#       local.set 40
#       i64.const 0
#       local.set 8
#       local.get 40
#       local.set 9
#       i64.const 1
#       local.set 10
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
#             return
#           end
#         end
#         local.get 8
#         local.get 9
#         i64.lt_s
#         local.get 8
#         local.get 9
#         i64.gt_s
#         local.get 10
#         i64.const 0
#         i64.gt_s
#         select
#         if ;; label = @3
#           local.get 8
#           local.set 11
#           local.get 8
#           local.get 10
#           i64.add
#           local.set 41
#           local.get 41
#           local.get 9
#           local.get 8
#           local.get 41
#           i64.xor
#           local.get 10
#           local.get 41
#           i64.xor
#           i64.and
#           i64.const 0
#           i64.ge_s
#           select
#           local.set 8
#           local.get 11
#           local.set 3
#           i32.const 1
#           local.set 30
#           i64.const 1103515245
#           local.set 12
#           local.get 1
#           local.set 42
#           local.get 12
#           local.set 43
#           local.get 42
#           local.get 43
#           call $mul_checked
#           local.set 44
#           local.get 44
#           if ;; label = @4
#             i32.const 16
#             global.set 0
#             i32.const 11
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.set 13
#           i64.const 12345
#           local.set 14
#           local.get 13
#           local.set 45
#           local.get 14
#           local.set 46
#           local.get 45
#           local.get 46
#           i64.add
#           local.set 47
#           local.get 45
#           local.get 47
#           i64.xor
#           local.get 46
#           local.get 47
#           i64.xor
#           i64.and
#           i64.const 0
#           i64.lt_s
#           if ;; label = @4
#             i32.const 16
#             global.set 0
#             i32.const 13
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 47
#           local.set 15
#           i64.const 2147483648
#           local.set 16
#           local.get 15
#           local.set 48
#           local.get 16
#           local.set 49
#           local.get 49
#           i64.eqz
#           if ;; label = @4
#             i32.const 17
#             global.set 0
#             i32.const 15
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 48
#           local.get 49
#           i64.rem_s
#           local.tee 50
#           local.get 49
#           i64.const 0
#           local.get 50
#           i64.const 0
#           i64.ne
#           local.get 50
#           local.get 49
#           i64.xor
#           i64.const 0
#           i64.lt_s
#           i32.and
#           select
#           i64.add
#           local.set 1
#           i32.const 1
#           local.set 28
#           i32.const 0
#           local.set 35
#           i64.const 1
#           local.set 17
#           i64.const 3
#           local.set 18
#           local.get 1
#           local.set 51
#           local.get 18
#           local.set 52
#           local.get 52
#           i64.eqz
#           if ;; label = @4
#             i32.const 17
#             global.set 0
#             i32.const 20
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 51
#           local.get 52
#           i64.rem_s
#           local.tee 53
#           local.get 52
#           i64.const 0
#           local.get 53
#           i64.const 0
#           i64.ne
#           local.get 53
#           local.get 52
#           i64.xor
#           i64.const 0
#           i64.lt_s
#           i32.and
#           select
#           i64.add
#           local.set 19
#           local.get 17
#           local.set 54
#           local.get 19
#           local.set 55
#           local.get 54
#           local.get 55
#           i64.add
#           local.set 56
#           local.get 54
#           local.get 56
#           i64.xor
#           local.get 55
#           local.get 56
#           i64.xor
#           i64.and
#           i64.const 0
#           i64.lt_s
#           if ;; label = @4
#             i32.const 16
#             global.set 0
#             i32.const 21
#             local.set 37
#             br 3 (;@1;)
#           end
#           local.get 56
#           local.set 4
#           i32.const 1
#           local.set 31
#           i32.const 5
#           local.set 57
#           local.get 5
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 6
#             i64.const 5
#             i64.gt_u
#             if ;; label = @5
#               local.get 6
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           local.get 57
#           i64.extend_i32_u
#           local.set 6
#           i32.const 4
#           local.set 5
#           i32.const 1
#           local.set 32
#           local.get 4
#           local.set 58
#           i64.const 0
#           local.set 20
#           local.get 58
#           local.set 21
#           i64.const 1
#           local.set 22
#           loop ;; label = @4
#             global.get 4
#             i32.const 1
#             i32.sub
#             global.set 4
#             global.get 4
#             i32.eqz
#             if ;; label = @5
#               i32.const 65536
#               global.set 4
#               call $poll
#               if ;; label = @6
#                 i32.const 25
#                 global.set 0
#                 return
#               end
#             end
#             local.get 20
#             local.get 21
#             i64.lt_s
#             local.get 20
#             local.get 21
#             i64.gt_s
#             local.get 22
#             i64.const 0
#             i64.gt_s
#             select
#             if ;; label = @5
#               local.get 20
#               local.set 23
#               local.get 20
#               local.get 22
#               i64.add
#               local.set 59
#               local.get 59
#               local.get 21
#               local.get 20
#               local.get 59
#               i64.xor
#               local.get 22
#               local.get 59
#               i64.xor
#               i64.and
#               i64.const 0
#               i64.ge_s
#               select
#               local.set 20
#               local.get 23
#               local.set 7
#               i32.const 1
#               local.set 33
#               i32.const 0
#               call $obj_global
#               local.tee 60
#               i32.const -1
#               i32.eq
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 32
#                 local.set 37
#                 br 5 (;@1;)
#               end
#               local.get 60
#               local.set 61
#               local.get 24
#               i32.const 5
#               i32.gt_u
#               if ;; label = @6
#                 local.get 24
#                 call $obj_drop
#               end
#               local.get 61
#               local.set 24
#               local.get 24
#               i32.const 1
#               local.get 7
#               i32.const 2294272
#               call $obj_getitem
#               local.tee 62
#               i32.const -1
#               i32.eq
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 34
#                 local.set 37
#                 br 5 (;@1;)
#               end
#               local.get 62
#               local.set 63
#               local.get 25
#               i32.const 5
#               i32.gt_u
#               if ;; label = @6
#                 local.get 25
#                 call $obj_drop
#               end
#               local.get 63
#               local.set 25
#               local.get 24
#               i32.const 5
#               i32.gt_u
#               if ;; label = @6
#                 local.get 24
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 24
#               block ;; label = @6
#                 block ;; label = @7
#                   local.get 5
#                   i32.const 1
#                   i32.eq
#                   if ;; label = @8
#                     local.get 6
#                     local.set 65
#                     i32.const 1
#                     local.set 64
#                   else
#                     local.get 5
#                     i32.const 2
#                     i32.eq
#                     if ;; label = @9
#                       local.get 6
#                       f64.reinterpret_i64
#                       i64.reinterpret_f64
#                       local.set 65
#                       i32.const 2
#                       local.set 64
#                     else
#                       local.get 6
#                       i32.wrap_i64
#                       call $obj_unbox
#                       local.tee 66
#                       local.set 67
#                       i32.const 2
#                       local.set 68
#                       local.get 66
#                       i64.const 48
#                       i64.shr_u
#                       i64.const 65529
#                       i64.ge_u
#                       if ;; label = @10
#                         local.get 66
#                         i64.const 48
#                         i64.shr_u
#                         i64.const 65529
#                         i64.eq
#                         if ;; label = @11
#                           i32.const 1
#                           local.set 68
#                           local.get 66
#                           i64.const 16
#                           i64.shl
#                           i64.const 16
#                           i64.shr_s
#                           local.set 67
#                         else
#                           local.get 66
#                           i64.const -281474976710656
#                           i64.eq
#                           if ;; label = @12
#                             call $obj_unbox_tag
#                             local.set 68
#                             call $obj_unbox_payload
#                             local.set 67
#                           else
#                             i32.const -1
#                             local.set 68
#                           end
#                         end
#                       end
#                       local.get 68
#                       i32.const -1
#                       i32.eq
#                       if ;; label = @10
#                         br 3 (;@7;)
#                       end
#                       local.get 68
#                       local.set 64
#                       local.get 67
#                       local.set 65
#                     end
#                   end
#                   local.get 25
#                   call $obj_unbox
#                   local.tee 71
#                   local.set 72
#                   i32.const 2
#                   local.set 73
#                   local.get 71
#                   i64.const 48
#                   i64.shr_u
#                   i64.const 65529
#                   i64.ge_u
#                   if ;; label = @8
#                     local.get 71
#                     i64.const 48
#                     i64.shr_u
#                     i64.const 65529
#                     i64.eq
#                     if ;; label = @9
#                       i32.const 1
#                       local.set 73
#                       local.get 71
#                       i64.const 16
#                       i64.shl
#                       i64.const 16
#                       i64.shr_s
#                       local.set 72
#                     else
#                       local.get 71
#                       i64.const -281474976710656
#                       i64.eq
#                       if ;; label = @10
#                         call $obj_unbox_tag
#                         local.set 73
#                         call $obj_unbox_payload
#                         local.set 72
#                       else
#                         i32.const -1
#                         local.set 73
#                       end
#                     end
#                   end
#                   local.get 73
#                   i32.const -1
#                   i32.eq
#                   if ;; label = @8
#                     br 1 (;@7;)
#                   end
#                   local.get 73
#                   local.set 69
#                   local.get 72
#                   local.set 70
#                   local.get 64
#                   i32.const 1
#                   i32.eq
#                   if ;; label = @8
#                     local.get 69
#                     i32.const 1
#                     i32.eq
#                     if ;; label = @9
#                       local.get 65
#                       local.set 74
#                       local.get 70
#                       local.set 75
#                       local.get 74
#                       local.get 75
#                       i64.add
#                       local.set 76
#                       local.get 74
#                       local.get 76
#                       i64.xor
#                       local.get 75
#                       local.get 76
#                       i64.xor
#                       i64.and
#                       i64.const 0
#                       i64.lt_s
#                       if ;; label = @10
#                         i32.const 16
#                         global.set 0
#                         i32.const 35
#                         local.set 37
#                         br 9 (;@1;)
#                       end
#                       local.get 76
#                       local.set 77
#                       local.get 5
#                       i32.const 4
#                       i32.eq
#                       if ;; label = @10
#                         local.get 6
#                         i64.const 5
#                         i64.gt_u
#                         if ;; label = @11
#                           local.get 6
#                           i32.wrap_i64
#                           call $obj_drop
#                         end
#                       end
#                       local.get 77
#                       local.set 6
#                       i32.const 1
#                       local.set 5
#                       i32.const 1
#                       local.set 32
#                     else
#                       local.get 65
#                       f64.convert_i64_s
#                       local.set 78
#                       local.get 70
#                       f64.reinterpret_i64
#                       local.set 79
#                       local.get 78
#                       local.get 79
#                       f64.add
#                       local.set 80
#                       local.get 5
#                       i32.const 4
#                       i32.eq
#                       if ;; label = @10
#                         local.get 6
#                         i64.const 5
#                         i64.gt_u
#                         if ;; label = @11
#                           local.get 6
#                           i32.wrap_i64
#                           call $obj_drop
#                         end
#                       end
#                       local.get 80
#                       i64.reinterpret_f64
#                       local.set 6
#                       i32.const 2
#                       local.set 5
#                       i32.const 1
#                       local.set 32
#                     end
#                   else
#                     local.get 69
#                     i32.const 1
#                     i32.eq
#                     if ;; label = @9
#                       local.get 65
#                       f64.reinterpret_i64
#                       local.set 81
#                       local.get 70
#                       f64.convert_i64_s
#                       local.set 82
#                       local.get 81
#                       local.get 82
#                       f64.add
#                       local.set 83
#                       local.get 5
#                       i32.const 4
#                       i32.eq
#                       if ;; label = @10
#                         local.get 6
#                         i64.const 5
#                         i64.gt_u
#                         if ;; label = @11
#                           local.get 6
#                           i32.wrap_i64
#                           call $obj_drop
#                         end
#                       end
#                       local.get 83
#                       i64.reinterpret_f64
#                       local.set 6
#                       i32.const 2
#                       local.set 5
#                       i32.const 1
#                       local.set 32
#                     else
#                       local.get 65
#                       f64.reinterpret_i64
#                       local.set 84
#                       local.get 70
#                       f64.reinterpret_i64
#                       local.set 85
#                       local.get 84
#                       local.get 85
#                       f64.add
#                       local.set 86
#                       local.get 5
#                       i32.const 4
#                       i32.eq
#                       if ;; label = @10
#                         local.get 6
#                         i64.const 5
#                         i64.gt_u
#                         if ;; label = @11
#                           local.get 6
#                           i32.wrap_i64
#                           call $obj_drop
#                         end
#                       end
#                       local.get 86
#                       i64.reinterpret_f64
#                       local.set 6
#                       i32.const 2
#                       local.set 5
#                       i32.const 1
#                       local.set 32
#                     end
#                   end
#                   br 1 (;@6;)
#                 end
#                 local.get 5
#                 local.get 6
#                 i32.const 0
#                 i32.const 4
#                 local.get 25
#                 i64.extend_i32_u
#                 i32.const 0
#                 i32.const 2360064
#                 call $obj_binary
#                 local.tee 87
#                 i32.const -1
#                 i32.eq
#                 if ;; label = @7
#                   i32.const 26
#                   global.set 0
#                   i32.const 35
#                   local.set 37
#                   br 6 (;@1;)
#                 end
#                 local.get 87
#                 local.set 88
#                 local.get 5
#                 i32.const 4
#                 i32.eq
#                 if ;; label = @7
#                   local.get 6
#                   i64.const 5
#                   i64.gt_u
#                   if ;; label = @8
#                     local.get 6
#                     i32.wrap_i64
#                     call $obj_drop
#                   end
#                 end
#                 local.get 88
#                 i64.extend_i32_u
#                 local.set 6
#                 i32.const 4
#                 local.set 5
#                 i32.const 1
#                 local.set 32
#               end
#               local.get 25
#               i32.const 5
#               i32.gt_u
#               if ;; label = @6
#                 local.get 25
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 25
#               br 1 (;@4;)
#             else
#               i32.const 271122433
#               i32.const 41
#               i32.const 2
#               i32.const 4
#               local.get 2
#               i64.extend_i32_u
#               i32.const 0
#               local.get 5
#               local.get 6
#               i32.const 0
#               i32.const 3
#               i64.const 0
#               i32.const 0
#               call $obj_callmethod
#               local.tee 89
#               i32.const -2
#               i32.eq
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 40
#                 local.set 37
#                 br 5 (;@1;)
#               end
#               local.get 89
#               local.tee 90
#               i32.const -1
#               i32.eq
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 41
#                 local.set 37
#                 br 5 (;@1;)
#               end
#               local.get 90
#               local.set 91
#               local.get 26
#               i32.const 5
#               i32.gt_u
#               if ;; label = @6
#                 local.get 26
#                 call $obj_drop
#               end
#               local.get 91
#               local.set 26
#               local.get 26
#               i32.const 5
#               i32.gt_u
#               if ;; label = @6
#                 local.get 26
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 26
#               br 3 (;@2;)
#             end
#           end
#         else
#           i32.const 0
#           i32.const 8
#           i32.shl
#           i32.const 4
#           i32.or
#           global.set 6
#           local.get 2
#           call $obj_dup
#           i64.extend_i32_u
#           global.set 7
#           local.get 35
#           i32.const 8
#           i32.shl
#           i32.const 1
#           i32.or
#           global.set 8
#           local.get 1
#           global.set 9
#           local.get 2
#           i32.const 5
#           i32.gt_u
#           if ;; label = @4
#             local.get 2
#             call $obj_drop
#           end
#           local.get 5
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 6
#             i64.const 5
#             i64.gt_u
#             if ;; label = @5
#               local.get 6
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           local.get 24
#           i32.const 5
#           i32.gt_u
#           if ;; label = @4
#             local.get 24
#             call $obj_drop
#           end
#           local.get 25
#           i32.const 5
#           i32.gt_u
#           if ;; label = @4
#             local.get 25
#             call $obj_drop
#           end
#           local.get 26
#           i32.const 5
#           i32.gt_u
#           if ;; label = @4
#             local.get 26
#             call $obj_drop
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
#       return
#     end
#     local.get 27
#     if ;; label = @1
#       i32.const 0
#       i32.const 1
#       local.get 0
#       local.get 34
#       i32.const 0
#       local.get 34
#       i32.const 48
#       i32.gt_u
#       local.get 36
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 28
#     if ;; label = @1
#       i32.const 1
#       i32.const 1
#       local.get 1
#       local.get 35
#       i32.const 0
#       local.get 35
#       i32.const 48
#       i32.gt_u
#       local.get 36
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 29
#     if ;; label = @1
#       i32.const 2
#       i32.const 4
#       local.get 2
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 30
#     if ;; label = @1
#       i32.const 3
#       i32.const 1
#       local.get 3
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 31
#     if ;; label = @1
#       i32.const 4
#       i32.const 1
#       local.get 4
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 32
#     if ;; label = @1
#       i32.const 5
#       local.get 5
#       local.get 6
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 33
#     if ;; label = @1
#       i32.const 6
#       i32.const 1
#       local.get 7
#       i32.const 0
#       call $obj_resume_var
#     end
#     i32.const 8
#     i32.const 1
#     local.get 8
#     i32.const 0
#     call $obj_resume_var
#     i32.const 9
#     i32.const 1
#     local.get 9
#     i32.const 0
#     call $obj_resume_var
#     i32.const 10
#     i32.const 1
#     local.get 10
#     i32.const 0
#     call $obj_resume_var
#     local.get 37
#     i32.const 11
#     i32.eq
#     if ;; label = @1
#       i32.const 13
#       i32.const 1
#       local.get 12
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 13
#     i32.eq
#     if ;; label = @1
#       i32.const 14
#       i32.const 1
#       local.get 13
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 13
#     i32.eq
#     if ;; label = @1
#       i32.const 15
#       i32.const 1
#       local.get 14
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 15
#     i32.eq
#     if ;; label = @1
#       i32.const 16
#       i32.const 1
#       local.get 15
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 15
#     i32.eq
#     if ;; label = @1
#       i32.const 17
#       i32.const 1
#       local.get 16
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 20
#     i32.eq
#     local.get 37
#     i32.const 21
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 19
#       i32.const 1
#       local.get 17
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 20
#     i32.eq
#     if ;; label = @1
#       i32.const 20
#       i32.const 1
#       local.get 18
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 21
#     i32.eq
#     if ;; label = @1
#       i32.const 21
#       i32.const 1
#       local.get 19
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 32
#     i32.eq
#     local.get 37
#     i32.const 34
#     i32.eq
#     i32.or
#     local.get 37
#     i32.const 35
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 24
#       i32.const 1
#       local.get 20
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 32
#     i32.eq
#     local.get 37
#     i32.const 34
#     i32.eq
#     i32.or
#     local.get 37
#     i32.const 35
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 25
#       i32.const 1
#       local.get 21
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 32
#     i32.eq
#     local.get 37
#     i32.const 34
#     i32.eq
#     i32.or
#     local.get 37
#     i32.const 35
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 26
#       i32.const 1
#       local.get 22
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 34
#     i32.eq
#     if ;; label = @1
#       i32.const 29
#       i32.const 4
#       local.get 24
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     i32.const 35
#     i32.eq
#     if ;; label = @1
#       i32.const 30
#       i32.const 4
#       local.get 25
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 37
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     return
#   )
#   (func $mul_checked (;14;) (type 11) (param i64 i64) (result i64 i32)
#     (local i64)
#     local.get 0
#     i64.const 2147483648
#     i64.add
#     i64.const 4294967296
#     i64.lt_u
#     local.get 1
#     i64.const 2147483648
#     i64.add
#     i64.const 4294967296
#     i64.lt_u
#     i32.and
#     if ;; label = @1
#       local.get 0
#       local.get 1
#       i64.mul
#       i32.const 0
#       return
#     end
#     local.get 0
#     local.get 1
#     i64.mul
#     local.set 2
#     local.get 1
#     i64.eqz
#     if ;; label = @1
#       local.get 2
#       i32.const 0
#       return
#     end
#     local.get 1
#     i64.const -1
#     i64.eq
#     if ;; label = @1
#       local.get 2
#       local.get 0
#       i64.const -9223372036854775808
#       i64.eq
#       return
#     end
#     local.get 2
#     local.get 2
#     local.get 1
#     i64.div_s
#     local.get 0
#     i64.ne
#   )
#   (func $entry (;15;) (type 12) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     local.get 1
#     call $words
#     i64.const 0
#     local.set 10
#     i32.const 5
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
#   (func $status (;16;) (type 0) (result i32)
#     global.get 1
#   )
#   (func $item (;17;) (type 4) (param i32) (result i64)
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
#   (func $item_tag (;18;) (type 2) (param i32) (result i32)
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
#   (@custom "pave-names" (after code) "SYLLABLES\0aappend")
# )
